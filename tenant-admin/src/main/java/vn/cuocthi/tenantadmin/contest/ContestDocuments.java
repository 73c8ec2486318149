package vn.cuocthi.tenantadmin.contest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.Uuids;
import vn.cuocthi.platformcore.contest.ContestDefinition.ReferenceDocument;
import vn.cuocthi.platformcore.contest.ContestDocument;
import vn.cuocthi.platformcore.contest.ContestDocumentStore;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;
import vn.cuocthi.tenantadmin.questionbank.importing.OfficePackage;

/**
 * Files staff upload as a contest's reference documents: checked (size, kind by content, name), stored in the
 * province's schema, and listed in the contest's definition as {@code {title, url}} through {@link ContestAdmin},
 * so the edit is versioned and audited like any other and allowed after the start. A refusal changes nothing.
 */
@Service
public class ContestDocuments {

    /** Contestants open these on phones: 10 MB is plenty for a decree or a poster. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_TITLE = 300;
    private static final int MAX_NAME = 150;

    private final ContestAdmin contests;
    private final ContestDocumentStore store;
    private final Clock clock;

    public ContestDocuments(ContestAdmin contests, ContestDocumentStore store, Clock clock) {
        this.contests = contests;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContestDocument> list(UUID contestId) {
        contests.get(contestId);
        return store.list(contestId);
    }

    /**
     * @param title    what contestants see; the file's name when blank
     * @param fileName the name the browser sent, sanitised here
     */
    @Transactional
    public ContestDocument upload(UUID contestId, String title, String fileName, InputStream in, String actor) throws IOException {
        contests.get(contestId);
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "document.refused",
                    List.of(FieldError.field("file", "document.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        String name = safeName(fileName);
        List<FieldError> problems = new ArrayList<>();
        String typed = TypedText.check("title", title, TypedText.Kind.LINE, Integer.MAX_VALUE, problems);
        String shown = typed == null ? name : typed;
        DocumentKind kind = null;
        if (content.length == 0) {
            problems.add(FieldError.field("file", "document.empty"));
        } else {
            kind = DocumentKind.of(content).filter(found -> found.hasExtension(name)).orElse(null);
            if (kind == null) {
                problems.add(FieldError.field("file", "document.type", name));
            } else if (kind == DocumentKind.DOCX || kind == DocumentKind.XLSX) {
                // inflated once under the importers' limits: a zip bomb renamed .xlsx is not offered to contestants
                OfficePackage.inspect(content, kind == DocumentKind.XLSX).ifPresent(problem ->
                        problems.add(FieldError.field("file", "document.package", name)));
            }
        }
        if (shown.length() > MAX_TITLE) {
            problems.add(FieldError.field("title", "document.title", MAX_TITLE));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "document.refused", problems);
        }
        ContestDocument document = new ContestDocument(Uuids.v7(), contestId, shown, name, kind.contentType(),
                content.length, sha256(content), actor, clock.instant());
        store.add(document, content);
        contests.updateDocuments(contestId, documents -> {
            List<ReferenceDocument> next = new ArrayList<>(documents);
            next.add(new ReferenceDocument(document.title(), document.url()));
            return next;
        }, actor);
        return document;
    }

    /** Removes the file and its entry in the contest's documents. */
    @Transactional
    public void delete(UUID contestId, UUID documentId, String actor) {
        contests.get(contestId);
        if (!store.delete(contestId, documentId)) {
            throw ApiException.notFound("document.notFound", documentId);
        }
        String url = ContestDocument.url(contestId, documentId);
        contests.updateDocuments(contestId,
                documents -> documents.stream().filter(d -> d == null || !url.equals(d.url())).toList(), actor);
    }

    /**
     * The name kept and sent back in {@code Content-Disposition}: the last path segment, NFC, without control
     * characters or characters file systems refuse, at most 150 characters with its extension kept.
     */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "")
                .replaceAll("\\s+", " ")
                .replaceAll("^[ .]+|[ .]+$", "");
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()).strip() + extension;
        }
        return name.isEmpty() ? "tai-lieu" : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
