package vn.cuocthi.tenantadmin.collective;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.cuocthi.tenantadmin.export.Spreadsheet;
import vn.cuocthi.tenantadmin.export.SpreadsheetDownload;

/** The collective ranking as a spreadsheet table: the second sheet of units.xlsx, one row per unit, block by block. */
@Component
public class CollectiveSheet {

    private final CollectiveRankings rankings;
    private final SpreadsheetDownload download;

    CollectiveSheet(CollectiveRankings rankings, SpreadsheetDownload download) {
        this.rankings = rankings;
        this.download = download;
    }

    /** @param round 1-based, null for the whole contest */
    public Spreadsheet of(UUID contestId, Integer round) {
        CollectiveRankings.Result result = rankings.of(contestId, round);
        return new Spreadsheet(download.word("export.collective.title"), download.context(result.contestName(), result.roundName()),
                download.headings("export.collective.block", "export.collective.place", "export.units.code",
                        "export.units.name", "export.units.headcount", "export.units.participants", "export.units.rate",
                        "export.collective.required", "export.units.averagePercent", "export.collective.points",
                        "export.collective.standing", "export.results.prize"),
                sink -> result.blocks().forEach(block -> block.units().forEach(u -> sink.accept(Arrays.asList(
                        block.block(), u.rank(), u.code(), u.name(), u.headcount(), u.participants(), u.participationRate(),
                        u.requiredRatePercent(), u.averageScorePercent(), u.points(),
                        download.label("console.report.standing.", u.standing().name()),
                        u.prize() == null ? null : download.label("export.results.prize.", u.prize().name()))))));
    }
}
