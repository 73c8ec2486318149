package vn.cuocthi.quizruntime.session;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.session.ExamSession;
import vn.cuocthi.platformcore.session.ExamSessions;
import vn.cuocthi.platformcore.session.SessionPhoto;
import vn.cuocthi.platformcore.session.SessionPhotos;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.account.RegistrationRequest.BotCheckSolution;

/** Collective exam sessions (thi tập trung) for a unit's contact: register one, then send its photos. */
@RestController
@Tag(name = "Collective sessions", description = "A unit registers a collective exam session and sends its photos")
@HostScoped(HostScoped.Scope.PROVINCE)
class ExamSessionController {

    /** Where the management token travels for the API; the page's form sends it as the {@code token} field. */
    static final String TOKEN_HEADER = "X-Session-Token";

    private final SessionRegistration registration;
    private final SessionPhotos photos;

    ExamSessionController(SessionRegistration registration, SessionPhotos photos) {
        this.registration = registration;
        this.photos = photos;
    }

    /** The unit's request with the solved bot check ({@code GET /api/v1/bot-check}). */
    record SessionRegistrationRequest(String unitCode, String startsAt, Integer expectedParticipants, String place,
                                      String contactName, String contactPhone, BotCheckSolution botCheck) {

        ExamSessions.SessionRequest session() {
            return new ExamSessions.SessionRequest(unitCode, startsAt, expectedParticipants, place, contactName, contactPhone);
        }
    }

    /** {@code manageToken} is shown once: it alone lets the unit send photos (kept hashed on the server). */
    record RegisteredSession(ExamSession session, String manageToken, String manageUrl) {

        static RegisteredSession of(ExamSessions.Registered registered) {
            ExamSession s = registered.session();
            return new RegisteredSession(s, registered.manageToken(),
                    SessionPagesController.manageUrl(s.contestId(), s.id(), registered.manageToken()));
        }
    }

    @Operation(summary = "Register a collective exam session of a unit on the contest's list (bot check required)",
            description = "startsAt: ISO-8601 with offset, within a round; expectedParticipants: 1 to the unit's headcount")
    @PostMapping("/api/v1/contests/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredSession register(@PathVariable UUID id, @RequestBody SessionRegistrationRequest request, HttpServletRequest http) {
        return RegisteredSession.of(registration.register(id, request.session(), request.botCheck(), http.getRemoteAddr()));
    }

    @Operation(summary = "Send a photo of the session once it has begun (JPEG, PNG or WebP by content; size and count limited)",
            description = "The management token from the registration goes in the X-Session-Token header")
    @PostMapping(path = "/api/v1/contests/{id}/sessions/{sessionId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    SessionPhoto upload(@PathVariable UUID id, @PathVariable UUID sessionId,
                        @RequestHeader(name = TOKEN_HEADER, required = false) String header,
                        @RequestParam(name = "token", required = false) String token,
                        @RequestParam("file") MultipartFile file) throws IOException {
        return photos.add(id, sessionId, header != null ? header : token, file.getInputStream());
    }
}
