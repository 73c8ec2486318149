package vn.cuocthi.quizruntime.report;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.participation.UnitReport;
import vn.cuocthi.platformcore.participation.UnitReports;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.ContestantPage;
import vn.cuocthi.quizruntime.contest.PublicContests;

/**
 * The public weekly unit report (báo cáo), as organisers publish it: totals, two charts drawn as SVG on the server,
 * the units at 100%, the laggards and every unit's figures; it prints cleanly (print style sheet).
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class UnitReportPageController implements ContestantPage {

    private final PublicContests contests;
    private final UnitReports reports;

    UnitReportPageController(PublicContests contests, UnitReports reports) {
        this.contests = contests;
        this.reports = reports;
    }

    @GetMapping("/contests/{id}/bao-cao")
    String report(@PathVariable UUID id, @RequestParam(required = false) Integer round, Model model) {
        UnitReport report = reports.of(id, round);
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("round", round);
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.of(report));
        return "runtime/unit-report";
    }
}
