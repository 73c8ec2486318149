package vn.cuocthi.tenantadmin.collective;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStatus;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.participation.UnitReports;
import vn.cuocthi.platformcore.session.ExamSession;
import vn.cuocthi.platformcore.session.ExamSessionStatus;
import vn.cuocthi.platformcore.session.ExamSessionStore;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.unit.UnitBlocks;

/**
 * The staff unit report: the figures of the public report (the same {@link UnitReports}) with the collective
 * ranking of every block beside them, and the spreadsheets. A draft contest has no report yet, which the page says.
 * Staff also see whom to call: the contact a unit gave when it registered its latest collective exam session (units
 * carry no contact of their own).
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class UnitReportPagesController {

    private final ContestStore contests;
    private final UnitReports reports;
    private final CollectiveRankings rankings;
    private final ExamSessionStore sessions;
    private final UnitBlocks blocks;

    UnitReportPagesController(ContestStore contests, UnitReports reports, CollectiveRankings rankings,
                              ExamSessionStore sessions, UnitBlocks blocks) {
        this.sessions = sessions;
        this.blocks = blocks;
        this.contests = contests;
        this.reports = reports;
        this.rankings = rankings;
    }

    @GetMapping("/admin/contests/{id}/units-report")
    String report(@PathVariable UUID id, @RequestParam(required = false) Integer round, Model model) {
        Contest contest = contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        model.addAttribute("contest", contest);
        model.addAttribute("round", round);
        if (contest.status() != ContestStatus.DRAFT) {
            var report = reports.of(id, round);
            model.addAttribute("report", report);
            model.addAttribute("ranking", rankings.of(id, round));
            model.addAttribute("chart", RateChart.of(report));
            model.addAttribute("contacts", contacts(id));
            model.addAttribute("blockNames", blocks.names());
        }
        return "admin/unit-report";
    }

    /** Per unit code, its latest session that was not cancelled. */
    private Map<String, ExamSession> contacts(UUID contestId) {
        return sessions.list(contestId, null).stream()
                .filter(session -> session.status() != ExamSessionStatus.CANCELLED)
                .collect(Collectors.toMap(ExamSession::unitCode, session -> session,
                        (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b));
    }
}
