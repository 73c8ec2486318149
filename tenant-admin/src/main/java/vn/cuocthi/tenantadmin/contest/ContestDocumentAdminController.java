package vn.cuocthi.tenantadmin.contest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.ContestDocument;
import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for a contest's uploaded reference documents (the public download is the runtime's). */
@Tag(name = "Contests")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}/documents")
class ContestDocumentAdminController {

    private final ContestDocuments documents;

    ContestDocumentAdminController(ContestDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "Upload a reference document",
            description = "PDF, DOCX, DOC, XLSX, JPG or PNG, at most 10 MB, recognised by content; adds {title, url} to the "
                    + "contest's documents (audited, allowed after the start). 413 too large, 422 empty or another kind")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@PathVariable UUID id, @RequestParam MultipartFile file,
                                        @RequestParam(required = false) String title, Authentication staff) throws IOException {
        try (InputStream in = file.getInputStream()) {
            ContestDocument document = documents.upload(id, title, file.getOriginalFilename(), in, staff.getName());
            return ResponseEntity.created(URI.create("/api/v1/admin/contests/" + id + "/documents/" + document.id()))
                    .body(DocumentView.of(document));
        }
    }

    @Operation(summary = "List a contest's uploaded documents")
    @GetMapping
    List<DocumentView> list(@PathVariable UUID id) {
        return documents.list(id).stream().map(DocumentView::of).toList();
    }

    @Operation(summary = "Delete an uploaded document and its entry in the contest's documents")
    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId, Authentication staff) {
        documents.delete(id, documentId, staff.getName());
        return ResponseEntity.noContent().build();
    }

    record DocumentView(UUID id, String title, String fileName, String contentType, long size, String sha256, String url,
                        String uploadedBy, OffsetDateTime uploadedAt) {
        static DocumentView of(ContestDocument document) {
            return new DocumentView(document.id(), document.title(), document.fileName(), document.contentType(),
                    document.size(), document.sha256(), document.url(), document.uploadedBy(),
                    VietnamTime.of(document.uploadedAt()));
        }
    }
}
