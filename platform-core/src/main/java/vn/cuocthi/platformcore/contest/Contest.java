package vn.cuocthi.platformcore.contest;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/** A contest of the province: its status, its definition and the version guarding concurrent edits. */
public record Contest(UUID id, ContestStatus status, ContestDefinition definition, int version, Instant createdAt,
                      Instant updatedAt, Instant publishedAt) {

    /** When the first round starts, if the contest has rounds. */
    public Optional<Instant> firstStart() {
        return definition.rounds().stream()
                .filter(round -> round.startsAt() != null)
                .map(round -> round.startsAt().toInstant())
                .min(Comparator.naturalOrder());
    }

    /** The state at {@code now}: before the first round, in a round, between rounds, or over. */
    public ContestState stateAt(Instant now) {
        if (status == ContestStatus.CLOSED || status == ContestStatus.RESULTS_PUBLISHED) {
            return ContestState.CLOSED;
        }
        if (currentRound(now).isPresent()) {
            return ContestState.OPEN;
        }
        boolean anyBefore = definition.rounds().stream().anyMatch(round -> !round.endsAt().toInstant().isAfter(now));
        boolean anyAfter = nextRound(now).isPresent();
        if (anyAfter) {
            return anyBefore ? ContestState.BETWEEN_ROUNDS : ContestState.UPCOMING;
        }
        return ContestState.CLOSED;
    }

    /** The round open at {@code now}: starts at or before it, ends after it. */
    public Optional<Round> currentRound(Instant now) {
        return definition.rounds().stream()
                .filter(round -> !round.startsAt().toInstant().isAfter(now) && round.endsAt().toInstant().isAfter(now))
                .findFirst();
    }

    /** The next round to open after {@code now}. */
    public Optional<Round> nextRound(Instant now) {
        return definition.rounds().stream()
                .filter(round -> round.startsAt().toInstant().isAfter(now))
                .min(Comparator.comparing(round -> round.startsAt().toInstant()));
    }

    /**
     * The answer-reveal rule (invariant 3): whether the correct answers of a finished exam sat in round
     * {@code roundIndex} may be shown at {@code now}, after its submission (AFTER_SUBMIT), once its round has ended
     * (AFTER_ROUND), once the contest is over (AFTER_CONTEST), or never. The API, the result page and the review
     * all ask this.
     */
    public boolean answersShown(int roundIndex, Instant now) {
        return switch (answerReveal()) {
            case null -> false;
            case AFTER_SUBMIT -> true;
            case AFTER_ROUND -> answersShownFrom(roundIndex).map(from -> !now.isBefore(from)).orElse(false);
            case AFTER_CONTEST -> stateAt(now) == ContestState.CLOSED; // the last round's end, or closed by staff
            case NEVER -> false;
        };
    }

    /**
     * The moment from which {@link #answersShown} holds for an exam of round {@code roundIndex}, to tell contestants:
     * the round's end, or the last round's end; empty when the policy names no moment (never, or right after
     * submitting).
     */
    public Optional<Instant> answersShownFrom(int roundIndex) {
        ExamRules.AnswerReveal policy = answerReveal();
        if (policy == ExamRules.AnswerReveal.AFTER_ROUND && roundIndex >= 0 && roundIndex < definition.rounds().size()) {
            return Optional.of(definition.rounds().get(roundIndex).endsAt().toInstant());
        }
        if (policy == ExamRules.AnswerReveal.AFTER_CONTEST) {
            return definition.rounds().stream().map(round -> round.endsAt().toInstant()).max(Comparator.naturalOrder());
        }
        return Optional.empty();
    }

    private ExamRules.AnswerReveal answerReveal() {
        return definition.exam() == null ? null : definition.exam().revealAnswers();
    }

    /** Whether contestants may already have sat an exam: from then on, rules that change fairness are locked. */
    public boolean started(Instant now) {
        return status != ContestStatus.DRAFT && firstStart().map(start -> !now.isBefore(start)).orElse(false);
    }
}
