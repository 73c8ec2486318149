package vn.cuocthi.tenantadmin.audit;

import java.util.Arrays;

import org.springframework.stereotype.Component;

import vn.cuocthi.tenantadmin.export.Spreadsheet;
import vn.cuocthi.tenantadmin.export.SpreadsheetDownload;

/** The audit log as a spreadsheet: one row per action, newest first, the before/after JSON as text. */
@Component
public class AuditSheets {

    private final AuditLog log;
    private final SpreadsheetDownload download;

    AuditSheets(AuditLog log, SpreadsheetDownload download) {
        this.log = log;
        this.download = download;
    }

    /** @param contestName shown above the table when the export is one contest's */
    public Spreadsheet of(AuditFilter filter, String contestName) {
        return new Spreadsheet(download.word("export.audit.title"), download.context(contestName, null),
                download.headings("export.audit.id", "export.audit.at", "export.audit.actor", "export.audit.action",
                        "export.audit.actionName", "export.audit.contest", "export.audit.before", "export.audit.after"),
                sink -> log.stream(filter, entry -> sink.accept(Arrays.asList(entry.id(), entry.at(), entry.actor(),
                        entry.action(), download.label("audit.action.", entry.action()), entry.contestName(),
                        entry.before(), entry.after()))));
    }
}
