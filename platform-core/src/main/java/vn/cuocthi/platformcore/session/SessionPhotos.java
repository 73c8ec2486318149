package vn.cuocthi.platformcore.session;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Photos a unit sends once its session has begun, with the management token it got at registration: images only
 * (JPEG, PNG, WebP by their bytes), each under the configured size, at most so many per session. A refusal writes
 * nothing.
 */
@Service
public class SessionPhotos {

    private final ExamSessions sessions;
    private final ExamSessionStore store;
    private final Clock clock;
    private final int maxBytes;
    private final int maxPerSession;

    public SessionPhotos(ExamSessions sessions, ExamSessionStore store, Clock clock,
                         @Value("${cuocthi.sessions.photo-max-bytes:5242880}") int maxBytes,
                         @Value("${cuocthi.sessions.photos-per-session:10}") int maxPerSession) {
        this.sessions = sessions;
        this.store = store;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxPerSession = maxPerSession;
    }

    @Transactional
    public SessionPhoto add(UUID contestId, UUID sessionId, String token, InputStream in) throws IOException {
        ExamSession session = sessions.managed(contestId, sessionId, token);
        Instant now = clock.instant();
        if (session.status() == ExamSessionStatus.CANCELLED) {
            throw ApiException.conflict("session.photos.cancelled");
        }
        if (now.isBefore(session.startsAt().toInstant())) {
            throw ApiException.conflict("session.photos.tooEarly");
        }
        byte[] content = in.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "session.photos.refused",
                    List.of(FieldError.field("file", "session.photos.tooLarge", Math.max(1, maxBytes / 1024))));
        }
        ImageKind kind = ImageKind.of(content).orElseThrow(() -> ApiException.invalid(
                List.of(FieldError.field("file", "session.photos.type"))));
        if (store.photosForUpdate(sessionId).size() >= maxPerSession) {
            throw ApiException.conflict("session.photos.tooMany", maxPerSession);
        }
        SessionPhoto photo = new SessionPhoto(Uuids.v7(), sessionId, kind.contentType(), content.length,
                ExamSessions.sha256(content), now);
        store.addPhoto(photo, content);
        return photo;
    }

    public int maxBytes() {
        return maxBytes;
    }

    public int maxPerSession() {
        return maxPerSession;
    }
}
