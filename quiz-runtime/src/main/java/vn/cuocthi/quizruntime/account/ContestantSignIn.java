package vn.cuocthi.quizruntime.account;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.quizruntime.admission.Admission;

/**
 * Sign-in by phone or CCCD and password. Limits per address (generous: offices share one) and per account (a few
 * wrong passwords, then a pause) live in Redis; the refusal does not say whether the account exists.
 */
@Service
public class ContestantSignIn {

    private final ContestantStore contestants;
    private final AccountConfiguration.ContestantPasswords passwords;
    private final ContestantTokens tokens;
    private final RateLimits limits;
    private final int perAddressPerMinute;
    private final int failuresPerAccount;
    private final String dummyHash;
    private final Admission admission;

    ContestantSignIn(ContestantStore contestants, AccountConfiguration.ContestantPasswords passwords,
                     ContestantTokens tokens, RateLimits limits, Admission admission,
                     @Value("${cuocthi.contestant.sign-in.per-address-per-minute:120}") int perAddressPerMinute,
                     @Value("${cuocthi.contestant.sign-in.failures-per-account:5}") int failuresPerAccount) {
        this.contestants = contestants;
        this.passwords = passwords;
        this.tokens = tokens;
        this.limits = limits;
        this.admission = admission;
        this.perAddressPerMinute = perAddressPerMinute;
        this.failuresPerAccount = failuresPerAccount;
        this.dummyHash = passwords.encoder().encode("not a password of anyone");
    }

    /** Through the sign-ins' waiting room: a spike waits its turn (or is told its place and when to retry). */
    public SignedIn signIn(String login, String password, UUID contestId, String address) {
        limits.hit("sign-in", address, perAddressPerMinute, Duration.ofMinutes(1), "signIn.rateLimited");
        return admission.signIns().enter(() -> check(login, password, contestId));
    }

    private SignedIn check(String login, String password, UUID contestId) {
        Optional<String> cccd = PersonalNumbers.cccd(login);
        Optional<String> phone = PersonalNumbers.mobile(login);
        String account = cccd.or(() -> phone).orElse(null);
        if (account == null || password == null || password.isEmpty() || password.length() > 128) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "signIn.failed");
        }
        limits.check("sign-in-failed", account, failuresPerAccount, "signIn.locked");
        List<ContestantStore.Contestant> candidates = contestants.byLogin(cccd.orElse(null), phone.orElse(null), contestId);
        for (ContestantStore.Contestant candidate : candidates) {
            if (passwords.encoder().matches(password, candidate.passwordHash())) {
                limits.clear("sign-in-failed", account);
                ContestantTokens.Issued token = tokens.issue(TenantContext.require().slug(), candidate.contestId(), candidate.id());
                return new SignedIn(token.token(), token.expiresAt(), candidate.id(), candidate.contestId(), candidate.fullName());
            }
        }
        if (candidates.isEmpty()) {
            passwords.encoder().matches(password, dummyHash); // the same work whether or not the account exists
        }
        limits.record("sign-in-failed", account, Duration.ofMinutes(15));
        throw new ApiException(HttpStatus.UNAUTHORIZED, "signIn.failed");
    }

    public record SignedIn(String token, java.time.Instant expiresAt, UUID contestantId, UUID contestId, String fullName) {
    }
}
