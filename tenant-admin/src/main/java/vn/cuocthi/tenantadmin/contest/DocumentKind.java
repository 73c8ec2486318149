package vn.cuocthi.tenantadmin.contest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a contest may offer as a reference document, recognised by their first bytes (and, for the
 * Office zip formats, by the part every such package has), never by the name alone: a file's extension must agree
 * with what its content is.
 */
enum DocumentKind {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    DOC("application/msword", List.of("doc")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png"));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] CONTENT_TYPES = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORD_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXCEL_PART = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;
    private final List<String> extensions;

    DocumentKind(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    boolean hasExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** What the content is, if it is one of the accepted kinds. */
    static Optional<DocumentKind> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return Optional.of(DOC);
        }
        if (startsWith(content, ZIP_MAGIC) && contains(content, CONTENT_TYPES)) {
            // part names are stored uncompressed in a zip's headers: no need to inflate anything to tell them apart
            if (contains(content, WORD_PART)) {
                return Optional.of(DOCX);
            }
            if (contains(content, EXCEL_PART)) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
