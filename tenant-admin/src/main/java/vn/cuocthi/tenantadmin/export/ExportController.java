package vn.cuocthi.tenantadmin.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.participation.UnitReport;
import vn.cuocthi.platformcore.participation.UnitReports;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.audit.AuditFilter;
import vn.cuocthi.tenantadmin.audit.AuditSheets;

/** A contest's spreadsheets (API.md): the unit report and the contest's audit trail, as xlsx or csv. */
@Tag(name = "Exports", description = "Spreadsheets with Vietnamese headings, the contest, round and generation time")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}/exports")
class ExportController {

    private final UnitReports reports;
    private final ContestStore contests;
    private final AuditSheets audit;
    private final SpreadsheetDownload download;

    ExportController(UnitReports reports, ContestStore contests, AuditSheets audit, SpreadsheetDownload download) {
        this.reports = reports;
        this.contests = contests;
        this.audit = audit;
        this.download = download;
    }

    @Operation(summary = "The unit report as a spreadsheet", description = "units.xlsx or units.csv; round is 1-based, none for the whole contest")
    @GetMapping("/units.{format}")
    void units(@PathVariable UUID id, @PathVariable String format, @RequestParam(required = false) Integer round,
               HttpServletResponse response) throws IOException {
        ExportFormat as = SpreadsheetDownload.format(format);
        UnitReport report = reports.of(id, round);
        Spreadsheet table = new Spreadsheet(download.word("export.units.title"),
                download.context(report.contestName(), report.roundName()),
                download.headings("export.units.code", "export.units.name", "export.units.parent", "export.units.block",
                        "export.units.headcount", "export.units.population", "export.units.participants",
                        "export.units.attempts", "export.units.rate", "export.units.populationRate",
                        "export.units.average", "export.units.averagePercent", "export.units.belowHalf",
                        "export.units.halfToEighty", "export.units.eightyToFull", "export.units.full"),
                sink -> report.units().forEach(u -> sink.accept(Arrays.asList(u.code(), u.name(), u.parentCode(),
                        u.block(), u.headcount(), u.population(), u.participants(), u.attempts(), u.participationRate(),
                        u.populationRate(), u.averageScore(), u.averageScorePercent(), u.bands().belowHalf(),
                        u.bands().halfToEighty(), u.bands().eightyToFull(), u.bands().full()))));
        download.send(response, "don-vi" + (round == null ? "" : "-vong-" + round), as, table);
    }

    @Operation(summary = "The contest's audit trail as a spreadsheet", description = "audit.xlsx or audit.csv, newest first")
    @GetMapping("/audit.{format}")
    void audit(@PathVariable UUID id, @PathVariable String format, HttpServletResponse response) throws IOException {
        ExportFormat as = SpreadsheetDownload.format(format);
        Contest contest = contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        download.send(response, "nhat-ky-cuoc-thi", as, audit.of(AuditFilter.ofContest(id), contest.definition().name()));
    }
}
