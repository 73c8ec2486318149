package vn.cuocthi.tenantadmin.results;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.ranking.ResultsAnnouncement;
import vn.cuocthi.platformcore.ranking.RoundFigures;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for individual results (API.md): the ranking with every tie-break value, verification, disqualification. */
@Tag(name = "Results", description = "Individual rankings, prizes, the frozen prediction figure, verification and disqualification")
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/contests/{id}")
class ResultsController {

    private final Results results;
    private final Verification verification;
    private final RoundFigures figures;
    private final ContestStore contests;
    private final Publication publication;
    private final QuestionStatistics statistics;

    ResultsController(Results results, Verification verification, RoundFigures figures, ContestStore contests,
                      Publication publication, QuestionStatistics statistics) {
        this.statistics = statistics;
        this.results = results;
        this.publication = publication;
        this.verification = verification;
        this.figures = figures;
        this.contests = contests;
    }

    @Operation(summary = "The individual ranking of a round (round=1..n) or overall, of one group or every group (each ranked from 1)",
            description = "A page of rows with rank, score, prediction and its distance, duration, submission time, unit, group, prize and verification; the round's frozen prediction figure with when and how it was computed")
    @GetMapping("/results")
    ResultsPage results(@PathVariable UUID id, @RequestParam(required = false) Integer round,
                        @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        return results.page(id, round, group, page, size);
    }

    @Operation(summary = "Count the round's prediction figure again and freeze the new value", description = "Only after the round has closed (409 before); audited with the value before and after")
    @PostMapping("/results/figure/recompute")
    Figure recompute(@PathVariable UUID id, @RequestParam int round, Authentication staff) {
        var contest = contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        Results.requireRound(contest, round);
        return Figure.of(figures.recompute(contest, round - 1, staff.getName()));
    }

    @Operation(summary = "Publish a round's results (province admin)",
            description = "Only once the round has closed (409 before, or for a draft contest). Copies each group's prize"
                    + " winners and each block's collective winners as they stand into the round's announcement, shown on"
                    + " the province site at /contests/{id}/ket-qua; publishing again replaces it. Audited (RESULTS_PUBLISHED)"
                    + " with the announcement before and after.")
    @PostMapping("/results/publish")
    ResultsAnnouncement publish(@PathVariable UUID id, @RequestParam int round, Authentication staff) {
        return publication.publish(id, round, staff.getName());
    }

    @Operation(summary = "The published announcements of the contest's rounds, in round order")
    @GetMapping("/results/publications")
    List<ResultsAnnouncement> publications(@PathVariable UUID id) {
        contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        return publication.published(id);
    }

    @Operation(summary = "Question statistics of a round (round=1..n) or of the whole contest",
            description = "Per question drawn in a finished exam: exams that drew it, answered exactly right, share right"
                    + " (percent) and the point-biserial discrimination between being right and the exam's score"
                    + " (null when undefined); flagged below 0.2. Worst discrimination first.")
    @GetMapping("/questions/statistics")
    List<QuestionStatistics.QuestionStatistic> questionStatistics(@PathVariable UUID id, @RequestParam(required = false) Integer round) {
        return statistics.of(id, round);
    }

    @Operation(summary = "Disqualify a contestant with a reason", description = "Rankings, prizes and live boards reflow at once; audited")
    @PostMapping("/contestants/{contestantId}/disqualify")
    Verification.ContestantStatus disqualify(@PathVariable UUID id, @PathVariable UUID contestantId,
                                             @RequestBody(required = false) ReasonRequest body, Authentication staff) {
        return verification.disqualify(id, contestantId, body == null ? null : body.reason(), staff.getName());
    }

    @Operation(summary = "Take a disqualification back", description = "The contestant ranks again; audited")
    @PostMapping("/contestants/{contestantId}/reinstate")
    Verification.ContestantStatus reinstate(@PathVariable UUID id, @PathVariable UUID contestantId, Authentication staff) {
        return verification.reinstate(id, contestantId, staff.getName());
    }

    @Operation(summary = "Mark a winner's information as verified", description = "409 for a disqualified contestant; audited")
    @PostMapping("/contestants/{contestantId}/verify")
    Verification.ContestantStatus verify(@PathVariable UUID id, @PathVariable UUID contestantId, Authentication staff) {
        return verification.verify(id, contestantId, staff.getName());
    }

    record ReasonRequest(String reason) {
    }
}
