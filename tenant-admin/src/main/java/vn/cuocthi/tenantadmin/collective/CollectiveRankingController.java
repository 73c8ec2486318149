package vn.cuocthi.tenantadmin.collective;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.participation.UnitReport;
import vn.cuocthi.platformcore.participation.UnitReports;
import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for collective prizes and the unit report (API.md, staff section). */
@Tag(name = "Units ranking and report", description = "Collective prizes per block and the weekly unit report")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}/units")
class CollectiveRankingController {

    private final CollectiveRankings rankings;
    private final UnitReports reports;

    CollectiveRankingController(CollectiveRankings rankings, UnitReports reports) {
        this.rankings = rankings;
        this.reports = reports;
    }

    @Operation(summary = "The collective ranking",
            description = "Per block of the contest's own unit list: participants, headcount, participation rate, average"
                    + " counted score, the size tier's minimum rate, eligibility (with the reason when not), points by the"
                    + " block's weights, rank and prize. round is 1-based; without it, the whole contest.")
    @GetMapping("/ranking")
    CollectiveRankings.Result ranking(@PathVariable UUID id, @RequestParam(required = false) Integer round) {
        return rankings.of(id, round);
    }

    @Operation(summary = "The unit report",
            description = "Per unit: participants, attempts, participation rate, average score, score bands; the units at"
                    + " 100%, the laggards and the totals of every round")
    @GetMapping("/report")
    UnitReport report(@PathVariable UUID id, @RequestParam(required = false) Integer round) {
        return reports.of(id, round);
    }
}
