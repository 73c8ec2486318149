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
 * Sign-in by phone or CCCD and password. A hard limit per address (generous: offices share one); wrong passwords
 * make the next sign-ins of that account, or from that address, bring a solved bot check ({@link SignInGuard}),
 * so a stranger can slow guessing but not lock a contestant out. The refusal does not say whether the account exists.
 */
@Service
public class ContestantSignIn {

    private final ContestantStore contestants;
    private final AccountConfiguration.ContestantPasswords passwords;
    private final ContestantTokens tokens;
    private final RateLimits limits;
    private final int perAddressPerMinute;
    private final SignInGuard guard;
    private final BotCheck botCheck;
    private final String dummyHash;
    private final Admission admission;

    ContestantSignIn(ContestantStore contestants, AccountConfiguration.ContestantPasswords passwords,
                     ContestantTokens tokens, RateLimits limits, Admission admission, SignInGuard guard, BotCheck botCheck,
                     @Value("${cuocthi.contestant.sign-in.per-address-per-minute:120}") int perAddressPerMinute) {
        this.contestants = contestants;
        this.passwords = passwords;
        this.tokens = tokens;
        this.limits = limits;
        this.admission = admission;
        this.perAddressPerMinute = perAddressPerMinute;
        this.guard = guard;
        this.botCheck = botCheck;
        this.dummyHash = passwords.encoder().encode("not a password of anyone");
    }

    /** Through the sign-ins' waiting room: a spike waits its turn (or is told its place and when to retry). */
    public SignedIn signIn(String login, String password, UUID contestId, String address,
                           RegistrationRequest.BotCheckSolution solution) {
        limits.hit("sign-in", address, perAddressPerMinute, Duration.ofMinutes(1), "signIn.rateLimited");
        return admission.signIns().enter(() -> check(login, password, contestId, address, solution));
    }

    private SignedIn check(String login, String password, UUID contestId, String address,
                           RegistrationRequest.BotCheckSolution solution) {
        Optional<String> cccd = PersonalNumbers.cccd(login);
        Optional<String> phone = PersonalNumbers.mobile(login);
        String account = cccd.or(() -> phone).orElse(null);
        if (account == null || password == null || password.isEmpty() || password.length() > 128) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "signIn.failed");
        }
        List<ContestantStore.Contestant> candidates = contestants.byLogin(cccd.orElse(null), phone.orElse(null), contestId);
        List<String> accounts = candidates.isEmpty() ? List.of(unknownAccount(account))
                : candidates.stream().map(candidate -> candidate.id().toString()).toList();
        requireBotCheck(guard.requiredBits(accounts, address), solution);
        for (ContestantStore.Contestant candidate : candidates) {
            if (passwords.encoder().matches(password, candidate.passwordHash())) {
                guard.succeeded(candidate.id(), address);
                ContestantTokens.Issued token = tokens.issue(TenantContext.require().slug(), candidate.contestId(), candidate.id());
                return new SignedIn(token.token(), token.expiresAt(), candidate.id(), candidate.contestId(), candidate.fullName());
            }
        }
        if (candidates.isEmpty()) {
            passwords.encoder().matches(password, dummyHash); // the same work whether or not the account exists
        }
        guard.failed(accounts, address);
        throw new ApiException(HttpStatus.UNAUTHORIZED, "signIn.failed");
    }

    /** 428 with a fresh challenge of the work needed, unless the request brings one solved (consumed here). */
    private void requireBotCheck(int bits, RegistrationRequest.BotCheckSolution solution) {
        if (bits == 0) {
            return;
        }
        boolean sent = solution != null && solution.challenge() != null;
        if (sent && botCheck.accept(solution.challenge(), solution.nonce(), bits)) {
            return;
        }
        throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, sent ? "signIn.botCheckInvalid" : "signIn.botCheckRequired")
                .with("botCheck", botCheck.challenge(bits));
    }

    /**
     * A login nobody registered is counted too (the answers must not tell); RateLimits keys it by PersonalData's
     * pseudonym, so it is not in clear in Redis. The "?" keeps it apart from registrations' ids.
     */
    private static String unknownAccount(String login) {
        return "?" + login;
    }

    public record SignedIn(String token, java.time.Instant expiresAt, UUID contestantId, UUID contestId, String fullName) {
    }
}
