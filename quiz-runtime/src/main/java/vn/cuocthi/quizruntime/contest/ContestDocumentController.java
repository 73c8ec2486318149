package vn.cuocthi.quizruntime.contest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.contest.ContestDocument;
import vn.cuocthi.platformcore.contest.ContestDocumentStore;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * Downloads of a published contest's uploaded reference documents (drafts' and other provinces': 404). Always an
 * attachment with the type found at upload and {@code nosniff}, so an uploaded file never runs as a page of the
 * province's site. A document never changes (a new upload is a new one), so it may be cached for a while.
 */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestDocumentController {

    private final PublicContests contests;
    private final ContestDocumentStore documents;

    ContestDocumentController(PublicContests contests, ContestDocumentStore documents) {
        this.contests = contests;
        this.documents = documents;
    }

    @GetMapping("/contests/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId,
                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        contests.get(id);
        ContestDocumentStore.StoredFile file = documents.file(id, documentId)
                .orElseThrow(() -> ApiException.notFound("document.notFound", documentId));
        ContestDocument document = file.document();
        String etag = "\"" + document.sha256() + "\"";
        CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(etag)
                .cacheControl(cache)
                .body(file.content());
    }
}
