package vn.cuocthi.quizruntime.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One autosave waiting for its group commit: what the guard checks (attempt, contestant, writer, the server's
 * time) and what is written. {@code result} completes only after the batch's commit: with the stored time, empty
 * when the guard refused it, or exceptionally when the batch failed (then nothing of the batch was stored).
 */
record PendingSave(UUID attemptId, UUID contestantId, String writer, UUID questionId, List<UUID> optionIds, Instant now,
                   CompletableFuture<Optional<Instant>> result) {

    PendingSave(UUID attemptId, UUID contestantId, String writer, UUID questionId, List<UUID> optionIds, Instant now) {
        this(attemptId, contestantId, writer, questionId, List.copyOf(optionIds), now, new CompletableFuture<>());
    }

    /** The stored row it writes: two saves of one key in a batch go in order, the later one last. */
    record Key(UUID attemptId, UUID questionId) {
    }

    Key key() {
        return new Key(attemptId, questionId);
    }
}
