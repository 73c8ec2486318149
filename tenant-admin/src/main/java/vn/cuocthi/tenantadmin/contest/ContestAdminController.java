package vn.cuocthi.tenantadmin.contest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests")
class ContestAdminController {

    private final ContestAdmin contests;

    ContestAdminController(ContestAdmin contests) {
        this.contests = contests;
    }

    @PostMapping
    ResponseEntity<ContestView> create(@RequestBody ContestDefinition body, Authentication staff) {
        Contest contest = contests.create(body, staff.getName());
        return ResponseEntity.created(URI.create("/api/v1/admin/contests/" + contest.id()))
                .eTag(String.valueOf(contest.version())).body(ContestView.of(contest));
    }

    @GetMapping
    List<ContestView> list() {
        return contests.list().stream().map(ContestView::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<ContestView> get(@PathVariable UUID id) {
        Contest contest = contests.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(contest.version())).body(ContestView.of(contest));
    }

    /** Replaces the definition; with {@code If-Match: "<version>"} a concurrent edit is refused rather than lost. */
    @PutMapping("/{id}")
    ResponseEntity<ContestView> update(@PathVariable UUID id, @RequestBody ContestDefinition body,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication staff) {
        Integer expected = ifMatch == null ? null : parseVersion(ifMatch);
        Contest contest = contests.update(id, body, expected, staff.getName());
        return ResponseEntity.ok().eTag(String.valueOf(contest.version())).body(ContestView.of(contest));
    }

    @PostMapping("/{id}/publish")
    ContestView publish(@PathVariable UUID id, Authentication staff) {
        return ContestView.of(contests.publish(id, staff.getName()));
    }

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
