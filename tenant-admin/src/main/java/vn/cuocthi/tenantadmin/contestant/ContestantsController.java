package vn.cuocthi.tenantadmin.contestant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.web.HostScoped;

/** The console's "Thí sinh" through the API: look registrations up, hand out a recovery code (province admin). */
@RestController
@Tag(name = "Contestant support", description = "Finding a registration and resetting its password after an identity check")
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestantsController {

    private final ContestantDirectory directory;
    private final StaffPasswordReset reset;

    ContestantsController(ContestantDirectory directory, StaffPasswordReset reset) {
        this.directory = directory;
        this.reset = reset;
    }

    @Operation(summary = "Registrations of the province by CCCD or phone (exact) or a part of the name, at most 50")
    @GetMapping("/api/v1/admin/contestants")
    List<ContestantDirectory.Registrant> search(@RequestParam(required = false) String q) {
        return directory.search(q);
    }

    @Operation(summary = "A one-time code (6 digits, 60 minutes) for the contestant to set a new password on "
            + "/contests/{id}/dat-lai-mat-khau; the code is in this answer only; audited as RECOVERY_CODE_ISSUED")
    @PostMapping("/api/v1/admin/contestants/{id}/recovery-code")
    @ResponseStatus(HttpStatus.CREATED)
    Code issue(@PathVariable UUID id, Authentication staff) {
        StaffPasswordReset.Issued issued = reset.issue(id, staff.getName());
        return new Code(issued.contestant().id(), issued.contestant().contestId(), issued.code(), issued.expiresAt());
    }

    record Code(UUID contestantId, UUID contestId, String code, Instant expiresAt) {
    }
}
