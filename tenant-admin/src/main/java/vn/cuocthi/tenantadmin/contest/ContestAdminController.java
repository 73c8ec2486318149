package vn.cuocthi.tenantadmin.contest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for contests (API.md): create, read, edit, publish, and the audit trail. */
@Tag(name = "Contests", description = "Staff configure, publish and promote the province's contests")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests")
class ContestAdminController {

    private final ContestAdmin contests;

    ContestAdminController(ContestAdmin contests) {
        this.contests = contests;
    }

    @Operation(summary = "Create a draft contest", description = "A draft may be incomplete; what it says must make sense (422 lists every problem)")
    @PostMapping
    ResponseEntity<ContestView> create(@RequestBody ContestDefinition body, Authentication staff) {
        Contest contest = contests.create(body, staff.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/contests/" + contest.id()))
                .eTag(String.valueOf(contest.version())).body(ContestView.of(contest));
    }

    @Operation(summary = "List the province's contests", description = "Without description and rules: read one contest for them")
    @GetMapping
    List<ContestView> list() {
        return contests.list().stream().map(contest -> ContestView.of(contest).withoutLongTexts()).toList();
    }

    @Operation(summary = "Read a contest", description = "The ETag is its version, for If-Match on PUT")
    @GetMapping("/{id}")
    ResponseEntity<ContestView> get(@PathVariable UUID id) {
        Contest contest = contests.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(contest.version())).body(ContestView.of(contest));
    }

    /** Replaces the definition; with {@code If-Match: "<version>"} a concurrent edit is refused rather than lost. */
    @Operation(summary = "Replace a contest's definition", description = "If-Match: stale versions are 409; once a round has started, fairness rules are locked (409 naming each field); audited")
    @PutMapping("/{id}")
    ResponseEntity<ContestView> update(@PathVariable UUID id, @RequestBody ContestDefinition body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication staff) {
        Integer expected = ifMatch == null ? null : parseVersion(ifMatch);
        Contest contest = contests.update(id, body, expected, staff.getName());
        return ResponseEntity.ok().eTag(String.valueOf(contest.version())).body(ContestView.of(contest));
    }

    @Operation(summary = "Validate and publish a draft", description = "422 lists every problem at once, e.g. a topic quota the bank cannot fill")
    @PostMapping("/{id}/publish")
    ContestView publish(@PathVariable UUID id, Authentication staff) {
        return ContestView.of(contests.publish(id, staff.getName()));
    }

    @Operation(summary = "The contest's audit trail: who changed what, when, before and after")
    @GetMapping("/{id}/audit")
    List<AuditView> audit(@PathVariable UUID id) {
        return contests.auditTrail(id).stream().map(AuditView::of).toList();
    }

    record AuditView(String action, String actor, java.time.OffsetDateTime at, String before, String after) {
        static AuditView of(ContestStore.AuditEntry entry) {
            return new AuditView(entry.action(), entry.actor(), VietnamTime.of(entry.at()), entry.beforeJson(), entry.afterJson());
        }
    }

    private static Integer parseVersion(String ifMatch) {
        String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
