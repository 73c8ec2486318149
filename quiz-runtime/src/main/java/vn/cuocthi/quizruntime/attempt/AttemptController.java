package vn.cuocthi.quizruntime.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.quizruntime.account.ContestantSession;
import vn.cuocthi.quizruntime.admission.Admission;

/**
 * The exam API (API.md, public section). {@code X-Attempt-Tab} names the browser tab writing the attempt; API
 * clients without it write as their sign-in session.
 */
@RestController
@Tag(name = "Exams", description = "Start, resume, autosave and submit exams; no correct answer before the contest allows it")
@HostScoped(HostScoped.Scope.PROVINCE)
class AttemptController {

    static final String TAB = "X-Attempt-Tab";

    private final Attempts attempts;
    private final Admission admission;

    AttemptController(Attempts attempts, Admission admission) {
        this.attempts = attempts;
        this.admission = admission;
    }

    @Operation(summary = "Start an exam (201), or resume the one in progress (200); 409 outside the schedule or with no attempts left",
            description = "Starts go through a waiting room: when too many start at once, a start waits its turn a bounded "
                    + "time, then gets 503 server.busy with Retry-After and its queue position (problem member 'position')")
    @PostMapping("/api/v1/contests/{id}/attempts")
    ResponseEntity<AttemptViews.AttemptView> start(@PathVariable UUID id, ContestantSession session,
                                                   @RequestHeader(name = TAB, required = false) String tab) {
        Attempts.Started started = admission.starts().enter(() -> attempts.start(session, id, tab));
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.attempt());
    }

    @Operation(summary = "My attempts in the contest and the attempts left")
    @GetMapping("/api/v1/contests/{id}/attempts")
    AttemptViews.MyAttempts mine(@PathVariable UUID id, ContestantSession session) {
        return attempts.mine(session, id);
    }

    @Operation(summary = "Resume: the same questions in the same order, the saved answers and the true seconds left; this client becomes the writer")
    @GetMapping("/api/v1/attempts/{attemptId}")
    AttemptViews.AttemptView resume(@PathVariable UUID attemptId, ContestantSession session,
                                    @RequestHeader(name = TAB, required = false) String tab) {
        return attempts.resume(session, attemptId, tab);
    }

    @Operation(summary = "The server's seconds left, to set a page's countdown again (after a phone slept); writes nothing")
    @GetMapping("/api/v1/attempts/{attemptId}/clock")
    Attempts.TimeLeft clock(@PathVariable UUID attemptId, ContestantSession session) {
        return attempts.timeLeft(session, attemptId);
    }

    @Operation(summary = "Autosave one answer; 200 means durable; 409 after the deadline or when the exam continues elsewhere")
    @PutMapping("/api/v1/attempts/{attemptId}/answers/{questionId}")
    Saved save(@PathVariable UUID attemptId, @PathVariable UUID questionId, @RequestBody Answer answer,
               ContestantSession session, @RequestHeader(name = TAB, required = false) String tab) {
        return new Saved(attempts.save(session, attemptId, questionId, answer.optionIds(), tab));
    }

    @Operation(summary = "Submit with the prediction and get the grade; after the deadline the saved answers count")
    @PostMapping("/api/v1/attempts/{attemptId}/submit")
    AttemptViews.AttemptResult submit(@PathVariable UUID attemptId, @RequestBody(required = false) Submission submission,
                                      ContestantSession session, @RequestHeader(name = TAB, required = false) String tab) {
        return attempts.submit(session, attemptId, submission == null ? null : submission.prediction(), tab);
    }

    @Operation(summary = "The grade of a finished attempt")
    @GetMapping("/api/v1/attempts/{attemptId}/result")
    AttemptViews.AttemptResult result(@PathVariable UUID attemptId, ContestantSession session) {
        return attempts.result(session, attemptId);
    }

    @Operation(summary = "Correct answers and explanations, when the contest's policy allows (409 before)")
    @GetMapping("/api/v1/attempts/{attemptId}/review")
    AttemptViews.Review review(@PathVariable UUID attemptId, ContestantSession session) {
        return attempts.review(session, attemptId);
    }

    record Answer(List<UUID> optionIds) {
    }

    record Submission(Long prediction) {
    }

    record Saved(Instant savedAt) {
    }
}
