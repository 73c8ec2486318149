package vn.cuocthi.tenantadmin.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.personal.PersonalRecords;
import vn.cuocthi.platformcore.personal.Retention;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * A person's rights over their data (Decree 13/2023): the province admin exports one registration's data or erases
 * it on the person's request, with the reason, and sets how long a contest keeps its contestants' data. Audited on
 * the contest (docs/security.md, "Personal data").
 */
@Tag(name = "Personal data", description = "One person's data exported or erased on request; the contest's retention")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}")
class PersonalDataController {

    private final PersonalRecords records;
    private final Retention retention;
    private final ContestStore contests;

    PersonalDataController(PersonalRecords records, Retention retention, ContestStore contests) {
        this.records = records;
        this.retention = retention;
        this.contests = contests;
    }

    @Operation(summary = "Everything the province holds about one registration, personal values opened (JSON)",
            description = "Province admin only; audited as PERSONAL_DATA_EXPORTED with who read it")
    @GetMapping("/contestants/{contestantId}/personal-data")
    Map<String, Object> export(@PathVariable UUID id, @PathVariable UUID contestantId, Authentication staff) {
        contest(id);
        return records.export(id, contestantId, staff.getName())
                .orElseThrow(() -> ApiException.notFound("results.contestant.notFound", contestantId));
    }

    @Operation(summary = "Erase one registration's personal data on the person's request, with the reason",
            description = "CCCD, phone, e-mail, birth date, address, gender and password go, the name is masked; the"
                    + " attempts and results stay, anonymised. Province admin only; audited with the reason; repeating it"
                    + " changes nothing more")
    @PostMapping("/contestants/{contestantId}/personal-data/erase")
    Map<String, Object> erase(@PathVariable UUID id, @PathVariable UUID contestantId,
                              @RequestBody(required = false) ReasonRequest body, Authentication staff) {
        contest(id);
        erase(records, id, contestantId, body == null ? null : body.reason(), staff.getName());
        return Map.of("contestantId", contestantId, "erased", true);
    }

    /** The one check of an erasure, for the API and the console: a reason (a line, at most 500), a registration. */
    static void erase(PersonalRecords records, UUID contestId, UUID contestantId, String typedReason, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String reason = TypedText.check("reason", typedReason, TypedText.Kind.LINE, 500, errors);
        if (reason == null && errors.isEmpty()) {
            errors.add(FieldError.field("reason", "personalData.reason.required"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!records.erase(contestId, contestantId, actor, reason)) {
            throw ApiException.notFound("results.contestant.notFound", contestantId);
        }
    }

    @Operation(summary = "How many months after its last round the contest keeps contestants' personal data",
            description = "1–120, or null for the default (12); the retention job erases it afterwards. Province admin only")
    @PutMapping("/retention")
    Map<String, Object> setRetention(@PathVariable UUID id, @RequestBody RetentionRequest body) {
        Contest contest = contest(id);
        Integer months = body == null ? null : body.months();
        if (!Retention.allowed(months)) {
            throw ApiException.invalid(List.of(FieldError.field("months", "personalData.retention.range",
                    Retention.MIN_MONTHS, Retention.MAX_MONTHS)));
        }
        retention.setMonths(id, months);
        return Map.of("months", retention.months(contest),
                "keptUntil", retention.keptUntil(contest).map(Object::toString).orElse(""));
    }

    private Contest contest(UUID id) {
        return contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
    }

    record ReasonRequest(String reason) {
    }

    record RetentionRequest(Integer months) {
    }
}
