package vn.cuocthi.platformcore.contest;

/** Where a published contest stands for contestants at a given moment. */
public enum ContestState {
    UPCOMING,
    OPEN,
    BETWEEN_ROUNDS,
    CLOSED
}
