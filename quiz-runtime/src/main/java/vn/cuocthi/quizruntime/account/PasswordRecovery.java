package vn.cuocthi.quizruntime.account;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.recovery.RecoveryChannel;
import vn.cuocthi.platformcore.recovery.RecoveryCodes;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * "Quên mật khẩu": a one-time code to the registered phone or e-mail, then a new password with it. Asking for a
 * code answers the same whether or not the contact belongs to a registration, is rate-limited per address and per
 * contact and needs the bot check (every SMS costs the province). Each code sent and each password set is in the
 * contest's audit log, without the code. A new password signs the contestant in.
 */
@Service
public class PasswordRecovery {

    static final String CODE_SENT = "RECOVERY_CODE_SENT";
    static final String PASSWORD_RESET = "PASSWORD_RESET";

    private final ContestStore contests;
    private final ContestantStore contestants;
    private final RecoveryCodes codes;
    private final RecoveryDelivery delivery;
    private final BotCheck botCheck;
    private final RateLimits limits;
    private final AccountConfiguration.ContestantPasswords passwords;
    private final ContestantTokens tokens;
    private final ContestantSessions sessions;
    private final SignInGuard signInGuard;
    private final TransactionTemplate transactions;
    private final Duration validity;
    private final int codesPerContact;
    private final int requestsPerAddress;

    PasswordRecovery(ContestStore contests, ContestantStore contestants, RecoveryCodes codes, RecoveryDelivery delivery,
                     BotCheck botCheck, RateLimits limits, AccountConfiguration.ContestantPasswords passwords,
                     ContestantTokens tokens, ContestantSessions sessions, SignInGuard signInGuard,
                     TransactionTemplate transactions,
                     @Value("${cuocthi.contestant.recovery.code-validity:10m}") Duration validity,
                     @Value("${cuocthi.contestant.recovery.codes-per-contact-per-hour:3}") int codesPerContact,
                     @Value("${cuocthi.contestant.recovery.requests-per-address-per-hour:30}") int requestsPerAddress) {
        this.contests = contests;
        this.contestants = contestants;
        this.codes = codes;
        this.delivery = delivery;
        this.botCheck = botCheck;
        this.limits = limits;
        this.passwords = passwords;
        this.tokens = tokens;
        this.sessions = sessions;
        this.signInGuard = signInGuard;
        this.transactions = transactions;
        this.validity = validity;
        this.codesPerContact = codesPerContact;
        this.requestsPerAddress = requestsPerAddress;
    }

    /** Sends a code to every registration of the contest the contact names (none: nothing, and the same answer). */
    public void requestCode(UUID contestId, String contact, RegistrationRequest.BotCheckSolution solution, String address) {
        limits.hit("recovery-request", address, requestsPerAddress, Duration.ofHours(1), "recovery.rateLimited");
        Contest contest = contest(contestId);
        if (solution == null || !botCheck.accept(solution.challenge(), solution.nonce())) {
            throw ApiException.invalid(List.of(FieldError.field("botCheck", "registration.botCheck.invalid")));
        }
        String normalized = Contacts.normalized(contact).orElseThrow(() ->
                ApiException.invalid(List.of(FieldError.field("contact", "recovery.contact.invalid"))));
        // counted per contact, existing or not, so the limit itself says nothing about an account
        // RateLimits keys it by PersonalData's pseudonym: no phone or e-mail in clear in Redis
        limits.hit("recovery-contact", normalized,
                codesPerContact, Duration.ofHours(1), "recovery.rateLimited");
        for (ContestantStore.Reachable person : contestants.findByContact(contestId, normalized)) {
            boolean byEmail = normalized.contains("@") || person.phone() == null;
            String to = byEmail ? person.email() : person.phone();
            if (to == null) {
                continue; // a CCCD-only registration: only staff can help (console, "Thí sinh")
            }
            RecoveryChannel channel = byEmail ? RecoveryChannel.EMAIL : RecoveryChannel.SMS;
            RecoveryCodes.Issued issued = codes.issue(person.id(), channel, validity, null);
            boolean delivered = delivery.send(channel, to, contest.definition().name(), issued.code(), validity);
            contests.audit(contestId, CODE_SENT, actor(person.id()), null,
                    auditEntry(person.id(), channel, Contacts.masked(to), delivered));
        }
    }

    /** Sets a new password with the code; signs the contestant in. Every refusal changes nothing but a try count. */
    public ContestantSignIn.SignedIn reset(UUID contestId, String login, String code, String newPassword, String address) {
        limits.hit("recovery-reset", address, requestsPerAddress * 2, Duration.ofHours(1), "recovery.rateLimited");
        contest(contestId);
        String normalized = Contacts.normalized(login).orElseThrow(() ->
                ApiException.invalid(List.of(FieldError.field("login", "recovery.contact.invalid"))));
        checkPassword(newPassword, normalized);
        String typed = code == null ? "" : code.strip();
        RecoveryCodes.Outcome refusal = RecoveryCodes.Outcome.WRONG;
        for (ContestantStore.Reachable person : contestants.findByContact(contestId, normalized)) {
            RecoveryCodes.Verdict verdict = codes.check(person.id(), typed);
            if (verdict.outcome() == RecoveryCodes.Outcome.ACCEPTED) {
                return setPassword(person, verdict.recoveryId(), newPassword, address);
            }
            refusal = verdict.outcome();
        }
        throw ApiException.invalid(List.of(FieldError.field("code", "recovery.code." + refusal.name().toLowerCase())));
    }

    private ContestantSignIn.SignedIn setPassword(ContestantStore.Reachable person, UUID recoveryId, String newPassword,
                                                 String address) {
        String hash = passwords.encoder().encode(newPassword); // outside the transaction: a hash holds no connection
        Boolean changed = transactions.execute(status -> {
            if (!codes.spend(recoveryId)) {
                return false;
            }
            contestants.setPassword(person.id(), hash);
            contests.audit(person.contestId(), PASSWORD_RESET, actor(person.id()), null,
                    Map.of("contestantId", person.id().toString()));
            return true;
        });
        if (!Boolean.TRUE.equals(changed)) {
            throw ApiException.invalid(List.of(FieldError.field("code", "recovery.code.expired")));
        }
        // whoever held the old password is out on every node; the owner's wrong-password counts start again
        sessions.endAll(person.id());
        signInGuard.succeeded(person.id(), address);
        ContestantTokens.Issued token = tokens.issue(TenantContext.require().slug(), person.contestId(), person.id());
        return new ContestantSignIn.SignedIn(token.token(), token.expiresAt(), person.id(), person.contestId(),
                person.fullName());
    }

    private static void checkPassword(String password, String contact) {
        if (password == null || password.isBlank()) {
            throw ApiException.invalid(List.of(FieldError.field("password", "registration.password.required")));
        }
        if (password.length() < 8 || password.length() > 128) {
            throw ApiException.invalid(List.of(FieldError.field("password", "registration.password.length")));
        }
        if (password.equalsIgnoreCase(contact)) {
            throw ApiException.invalid(List.of(FieldError.field("password", "recovery.password.isContact")));
        }
    }

    private Contest contest(UUID contestId) {
        if (contestId == null) {
            throw ApiException.invalid(List.of(FieldError.field("contestId", "recovery.contest.required")));
        }
        return contests.findPublished(contestId)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
    }

    static String actor(UUID contestantId) {
        return "contestant:" + contestantId;
    }

    private static Map<String, Object> auditEntry(UUID contestantId, RecoveryChannel channel, String to, boolean delivered) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("contestantId", contestantId.toString());
        entry.put("channel", channel.name());
        entry.put("to", to);
        entry.put("delivered", delivered);
        return entry;
    }
}
