package vn.cuocthi.tenantadmin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;

/**
 * Sends a {@link Spreadsheet} as a download, written straight into the response as the rows come (no copy of
 * the file in memory), with the words of the reader's language (Vietnamese unless asked otherwise).
 */
@Component
public class SpreadsheetDownload {

    private final MessageSource messages;
    private final Clock clock;

    SpreadsheetDownload(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code xlsx} or {@code csv} from the path; anything else is not a file we have (404). */
    public static ExportFormat format(String extension) {
        for (ExportFormat format : ExportFormat.values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        throw ApiException.notFound("export.formatNotFound", extension);
    }

    /** A word from the bundles in the reader's language. */
    public String word(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale());
    }

    /** The name of a code (e.g. an audit action) in the reader's language, or the code itself when it has none. */
    public String label(String prefix, String code) {
        return messages.getMessage(prefix + code, null, code, locale());
    }

    /** The headings for these message keys. */
    public List<String> headings(String... keys) {
        return java.util.Arrays.stream(keys).map(this::word).toList();
    }

    /** What is shown above every table: the province, the contest, the round (or the whole contest), and when. */
    public List<String> context(String contestName, String roundName) {
        List<String> lines = new ArrayList<>();
        lines.add(word("export.context.province", TenantContext.require().name()));
        if (contestName != null) {
            lines.add(word("export.context.contest", contestName));
            lines.add(roundName == null ? word("export.context.allRounds") : word("export.context.round", roundName));
        }
        lines.add(word("export.context.generatedAt",
                VietnamTime.of(clock.instant()).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"))));
        return lines;
    }

    public void send(HttpServletResponse response, String baseName, ExportFormat format, Spreadsheet table) throws IOException {
        send(response, baseName, format, List.of(table));
    }

    /** Several tables: sheets of one workbook in xlsx, the first table alone in csv. */
    public void send(HttpServletResponse response, String baseName, ExportFormat format, List<Spreadsheet> tables) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(baseName + "." + format.extension(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        format.write(tables, out);
        out.flush();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
