package vn.cuocthi.tenantadmin.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Spreadsheet} as CSV (RFC 4180, CRLF) in UTF-8 with a byte order mark, which is what makes Excel
 * read Vietnamese letters correctly when the file is double-clicked. The title and context come first, one per
 * line, then an empty line and the headings. Row by row, nothing kept.
 */
final class CsvWriter {

    private static final char BOM = '\uFEFF';

    private CsvWriter() {
    }

    static void write(Spreadsheet table, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(BOM);
            line(writer, List.of(table.title()));
            for (String context : table.context()) {
                line(writer, List.of(context));
            }
            writer.write("\r\n");
            line(writer, table.headings());
            table.rows().forEach(row -> {
                try {
                    line(writer, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = values.get(i);
            String text = Cells.display(value);
            if (text != null) {
                writer.write(quoted(text));
            }
        }
        writer.write("\r\n");
    }

    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
