package vn.cuocthi.platformcore.contest;

public enum ContestStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    RESULTS_PUBLISHED
}
