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

    /** Whether contestants may already have sat an exam: from then on, rules that change fairness are locked. */
    public boolean started(Instant now) {
        return status != ContestStatus.DRAFT && firstStart().map(start -> !now.isBefore(start)).orElse(false);
    }
}
