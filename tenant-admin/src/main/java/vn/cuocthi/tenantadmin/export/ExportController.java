package vn.cuocthi.tenantadmin.export;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
import vn.cuocthi.tenantadmin.collective.CollectiveSheet;
import vn.cuocthi.tenantadmin.results.Results;

/** A contest's spreadsheets (API.md): the individual results, the unit report and the audit trail, as xlsx or csv. */
@Tag(name = "Exports", description = "Spreadsheets with Vietnamese headings, the contest, round and generation time")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}/exports")
class ExportController {

    private final UnitReports reports;
    private final ContestStore contests;
    private final AuditSheets audit;
    private final SpreadsheetDownload download;
    private final Results results;
    private final CollectiveSheet collective;

    ExportController(UnitReports reports, ContestStore contests, AuditSheets audit, SpreadsheetDownload download,
                     Results results, CollectiveSheet collective) {
        this.collective = collective;
        this.reports = reports;
        this.results = results;
        this.contests = contests;
        this.audit = audit;
        this.download = download;
    }

    @Operation(summary = "The unit report as a spreadsheet", description = "units.xlsx (a second sheet, Xếp hạng tập thể, holds the collective ranking) or units.csv (the report alone); round is 1-based, none for the whole contest")
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
        download.send(response, "don-vi" + (round == null ? "" : "-vong-" + round), as, List.of(table, collective.of(id, round)));
    }

    @Operation(summary = "The individual ranking as a spreadsheet",
            description = "results.xlsx or results.csv: every row with its rank and every tie-break value, and its prize; "
                    + "round is 1-based (none for the overall ranking), group a group code (none for every group)")
    @GetMapping("/results.{format}")
    void results(@PathVariable UUID id, @PathVariable String format, @RequestParam(required = false) Integer round,
                 @RequestParam(required = false) String group, HttpServletResponse response) throws IOException {
        ExportFormat as = SpreadsheetDownload.format(format);
        results.page(id, round, group, 0, 1); // refuses an unknown contest, round or group before the download starts
        Contest contest = contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        Spreadsheet table = new Spreadsheet(download.word("export.results.title"),
                download.context(contest.definition().name(),
                        round == null ? null : contest.definition().rounds().get(round - 1).name()),
                download.headings("export.results.rank", "export.results.group", "export.results.contestant",
                        "export.results.name", "export.results.unit", "export.results.score", "export.results.maxScore",
                        "export.results.prediction", "export.results.distance", "export.results.duration",
                        "export.results.submittedAt", "export.results.prize", "export.results.verification"),
                sink -> results.stream(id, round, group, row -> sink.accept(Arrays.asList(row.rank(),
                        row.group() == null ? null : row.group().name(), row.contestantId().toString(), row.name(),
                        row.unit() == null ? null : row.unit().name(), row.score(), row.maxScore(), row.prediction(),
                        row.predictionDistance(), row.durationMs(),
                        row.submittedAt() == null ? null : row.submittedAt().format(SUBMITTED),
                        row.prize() == null ? null : download.label("export.results.prize.", row.prize().name()),
                        download.label("export.results.verification.", row.verification().name())))));
        download.send(response, "ket-qua" + (round == null ? "" : "-vong-" + round), as, table);
    }

    private static final java.time.format.DateTimeFormatter SUBMITTED =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss.SSS");

    @Operation(summary = "The contest's audit trail as a spreadsheet", description = "audit.xlsx or audit.csv, newest first")
    @GetMapping("/audit.{format}")
    void audit(@PathVariable UUID id, @PathVariable String format, HttpServletResponse response) throws IOException {
        ExportFormat as = SpreadsheetDownload.format(format);
        Contest contest = contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        download.send(response, "nhat-ky-cuoc-thi", as, audit.of(AuditFilter.ofContest(id), contest.definition().name()));
    }
}
