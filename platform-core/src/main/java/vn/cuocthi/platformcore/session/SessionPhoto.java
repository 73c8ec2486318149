package vn.cuocthi.platformcore.session;

import java.time.Instant;
import java.util.UUID;

/** A photo of a session; its bytes are read separately. */
public record SessionPhoto(UUID id, UUID sessionId, String contentType, int sizeBytes, String sha256, Instant uploadedAt) {
}
