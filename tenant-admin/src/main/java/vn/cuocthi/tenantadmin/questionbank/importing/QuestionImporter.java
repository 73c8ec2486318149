package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a question bank from an uploaded file. It never throws for bad input: a malformed, truncated, oversized,
 * wrong-format or hostile file comes back as {@link ImportProblem}s, each problem the file has, so that an officer
 * can fix them all at once. Stateless and thread-safe.
 */
public final class QuestionImporter {

    private static final Logger log = LoggerFactory.getLogger(QuestionImporter.class);
    private static final long MB = 1024L * 1024;

    public ImportResult parse(QuestionFormat format, InputStream in, ImportLimits limits) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        ImportContext context = new ImportContext(format, limits);
        Optional<byte[]> content = readAtMost(in, limits.maxBytes(), context);
        if (content.isEmpty()) {
            return new ImportResult(List.of(), context.problems());
        }
        if (isBlank(content.get())) {
            context.problem(0, ProblemCode.FILE_EMPTY);
            return new ImportResult(List.of(), context.problems());
        }
        try {
            readerFor(format).read(content.get(), context);
        } catch (Exception | StackOverflowError e) {
            // The cause stays in the log; the officer learns the file could not be read as this format.
            log.info("Could not read an upload as {}: {}", format, e.toString());
            log.debug("Unreadable {} upload", format, e);
            context.problem(0, ProblemCode.FILE_NOT_PACKAGE, format.label());
        }
        List<ImportedQuestion> questions = QuestionRules.check(context);
        if (LegacyVietnameseEncoding.suspected(context.drafts())) {
            context.problem(0, ProblemCode.FILE_LEGACY_VIETNAMESE_FONT);
        }
        if (context.drafts().isEmpty() && !context.hasProblems()) {
            context.problem(0, ProblemCode.FILE_NO_QUESTIONS, format.label());
        }
        return new ImportResult(questions, context.problems());
    }

    private static QuestionReader readerFor(QuestionFormat format) {
        return switch (format) {
            case AIKEN -> new AikenReader();
            case GIFT -> new GiftReader();
            case MOODLE_XML -> new MoodleXmlReader();
            case QTI21 -> new Qti21Reader();
            case XLSX -> new XlsxReader();
            case DOCX -> new DocxReader();
        };
    }

    /** The whole upload, or empty after reporting that it is larger than allowed or could not be read. */
    private static Optional<byte[]> readAtMost(InputStream in, long maxBytes, ImportContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    context.problem(0, ProblemCode.FILE_TOO_LARGE, (maxBytes + MB - 1) / MB);
                    return Optional.empty();
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            log.info("Could not read an upload: {}", e.toString());
            context.problem(0, ProblemCode.FILE_UNREADABLE);
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }

    /** True for nothing but whitespace and byte-order marks. */
    private static boolean isBlank(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        for (; i < content.length; i++) {
            byte b = content[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
