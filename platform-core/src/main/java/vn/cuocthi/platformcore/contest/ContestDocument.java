package vn.cuocthi.platformcore.contest;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A file staff uploaded as one of a contest's reference documents (its bytes are stored beside it). The contest's
 * definition lists it as {@code {title, url}} with {@link #url()}, the public download.
 */
public record ContestDocument(UUID id, UUID contestId, String title, String fileName, String contentType, long size,
                              String sha256, String uploadedBy, Instant uploadedAt) {

    private static final Pattern UPLOAD_URL = Pattern.compile("/contests/[0-9a-f-]{36}/documents/[0-9a-f-]{36}");

    /** Where contestants download it, on the province's host. */
    public String url() {
        return url(contestId, id);
    }

    public static String url(UUID contestId, UUID documentId) {
        return "/contests/" + contestId + "/documents/" + documentId;
    }

    /** Whether a reference document's link is an uploaded file's download rather than a link typed by staff. */
    public static boolean isUploadUrl(String url) {
        return url != null && UPLOAD_URL.matcher(url).matches();
    }
}
