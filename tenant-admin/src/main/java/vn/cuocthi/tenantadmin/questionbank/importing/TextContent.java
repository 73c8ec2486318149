package vn.cuocthi.tenantadmin.questionbank.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The lines of a text upload (Aiken, GIFT; XML is decoded by its parser): UTF-8, or UTF-16 with a byte-order mark;
 * CRLF, LF or CR line ends; composed to NFC.
 */
final class TextContent {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private TextContent() {
    }

    /** The lines, or empty after reporting why the file is not text this reader can use. */
    static Optional<List<String>> lines(byte[] bytes, ImportContext context) {
        if (!isText(bytes, context)) {
            return Optional.empty();
        }
        return decode(bytes, context).map(text -> List.of(LINE_BREAK.split(text, -1)));
    }

    /** Whether the upload is text at all; if not, says what it is instead. */
    static boolean isText(byte[] bytes, ImportContext context) {
        FileKind kind = FileKind.of(bytes);
        if (kind == FileKind.PDF) {
            context.problem(0, ProblemCode.FILE_IS_PDF, context.format().label());
        } else if (kind != FileKind.TEXT) {
            context.problem(0, ProblemCode.FILE_NOT_TEXT, context.format().label());
        }
        return kind == FileKind.TEXT;
    }

    private static Optional<String> decode(byte[] bytes, ImportContext context) {
        CharsetDecoder decoder;
        int start;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            decoder = StandardCharsets.UTF_16BE.newDecoder();
            start = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            decoder = StandardCharsets.UTF_16LE.newDecoder();
            start = 2;
        } else {
            decoder = StandardCharsets.UTF_8.newDecoder();
            start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        }
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            context.problem(lineAt(bytes, in.position()), ProblemCode.FILE_NOT_UTF8);
            return Optional.empty();
        }
        out.flip();
        return Optional.of(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    /** The 1-based line of the byte at {@code position}, counting LF and lone CR. */
    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
