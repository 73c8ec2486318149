package vn.cuocthi.tenantadmin.session;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.session.ExamSession;
import vn.cuocthi.platformcore.session.ExamSessionStatus;
import vn.cuocthi.platformcore.session.ExamSessionStore;
import vn.cuocthi.platformcore.session.ExamSessions;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API of collective exam sessions: the list with photos counted, and confirming or cancelling one. */
@Tag(name = "Collective sessions (staff)", description = "Units' collective exam sessions, confirmed or cancelled by staff")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}/sessions")
class ExamSessionAdminController {

    private final ExamSessions sessions;
    private final ExamSessionStore store;

    ExamSessionAdminController(ExamSessions sessions, ExamSessionStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    @Operation(summary = "The contest's collective sessions by start, of one round (round=1..n) or all")
    @GetMapping
    List<ExamSession> list(@PathVariable UUID id, @RequestParam(required = false) Integer round) {
        return sessions.list(id, round);
    }

    @Operation(summary = "A photo the unit sent (JPEG, PNG or WebP as recognised by its bytes)")
    @GetMapping("/{sessionId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID sessionId, @PathVariable UUID photoId) {
        ExamSessionStore.PhotoFile photo = store.photo(id, sessionId, photoId)
                .orElseThrow(() -> ApiException.notFound("session.notFound"));
        // the type is the one recognised from the bytes at upload; nosniff keeps browsers from guessing another
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").eTag(photo.sha256())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()).body(photo.content());
    }

    @Operation(summary = "Confirm that the session was held (it then weighs in the collective prizes); audited")
    @PostMapping("/{sessionId}/confirm")
    ExamSession confirm(@PathVariable UUID id, @PathVariable UUID sessionId, Authentication staff) {
        return sessions.setStatus(id, sessionId, ExamSessionStatus.CONFIRMED, staff.getName());
    }

    @Operation(summary = "Cancel the session (it takes no photos and leaves the hourly plan); audited")
    @PostMapping("/{sessionId}/cancel")
    ExamSession cancel(@PathVariable UUID id, @PathVariable UUID sessionId, Authentication staff) {
        return sessions.setStatus(id, sessionId, ExamSessionStatus.CANCELLED, staff.getName());
    }
}
