package vn.cuocthi.tenantadmin.audit;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.export.SpreadsheetDownload;

/** The province's append-only audit log for staff: browse, filter, export (docs/security.md says who). */
@Tag(name = "Audit log", description = "Every contest edit, publication, result and verification action, append-only")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private final AuditLog log;
    private final AuditSheets sheets;
    private final SpreadsheetDownload download;

    AuditController(AuditLog log, AuditSheets sheets, SpreadsheetDownload download) {
        this.log = log;
        this.sheets = sheets;
        this.download = download;
    }

    @Operation(summary = "Browse the audit log", description = "Newest first; filters: contest (id), actor, action,"
            + " from and to (a date 2025-12-04 meaning that Vietnam day, or an instant with offset; to is exclusive),"
            + " page (1-based) and size (at most 500). Unreadable filters are one 422 naming each.")
    @GetMapping
    AuditLog.Page page(@RequestParam(required = false) String contest, @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size) {
        return log.page(AuditFilter.parse(contest, actor, action, from, to, page, size));
    }

    @Operation(summary = "Export the audit log (xlsx or csv)", description = "The same filters, every page")
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String contest,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        AuditFilter filter = AuditFilter.parse(contest, actor, action, from, to, null, null);
        download.send(response, "nhat-ky", SpreadsheetDownload.format(format), sheets.of(filter, null));
    }
}
