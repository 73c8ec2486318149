package vn.cuocthi.tenantadmin.contestant;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.recovery.RecoveryChannel;
import vn.cuocthi.platformcore.recovery.RecoveryCodes;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * An officer, having checked a caller's identity against the registration, hands out a one-time code (shown once,
 * never stored) with which the contestant sets a password of their own on "Đặt lại mật khẩu". Staff thus never
 * learn or choose a contestant's password, and the password is hashed where every other one is (quiz-runtime).
 * Audited with the officer's name.
 */
@Service
public class StaffPasswordReset {

    static final String ACTION = "RECOVERY_CODE_ISSUED";

    private final ContestantDirectory directory;
    private final RecoveryCodes codes;
    private final ContestStore contests;
    private final Duration validity;

    StaffPasswordReset(ContestantDirectory directory, RecoveryCodes codes, ContestStore contests,
                       @Value("${cuocthi.contestant.recovery.staff-code-validity:60m}") Duration validity) {
        this.directory = directory;
        this.codes = codes;
        this.contests = contests;
        this.validity = validity;
    }

    @Transactional
    public Issued issue(UUID contestantId, String staff) {
        ContestantDirectory.Registrant person = directory.find(contestantId)
                .orElseThrow(() -> ApiException.notFound("contestant.notFound", contestantId));
        RecoveryCodes.Issued issued = codes.issue(person.id(), RecoveryChannel.STAFF, validity, staff);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("contestantId", person.id().toString());
        after.put("name", person.fullName());
        after.put("expiresAt", issued.expiresAt().toString());
        contests.audit(person.contestId(), ACTION, staff, null, after);
        return new Issued(person, issued.code(), issued.expiresAt());
    }

    /** The code to read out to the caller, once. */
    public record Issued(ContestantDirectory.Registrant contestant, String code, java.time.Instant expiresAt) {
    }
}
