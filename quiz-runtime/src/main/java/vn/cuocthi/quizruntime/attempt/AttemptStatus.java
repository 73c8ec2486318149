package vn.cuocthi.quizruntime.attempt;

/** In progress until submitted by the contestant, or finalized by the server after the deadline (expired). */
public enum AttemptStatus {
    IN_PROGRESS,
    SUBMITTED,
    EXPIRED
}
