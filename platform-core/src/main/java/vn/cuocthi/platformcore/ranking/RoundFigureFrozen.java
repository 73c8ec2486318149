package vn.cuocthi.platformcore.ranking;

import java.util.UUID;

/**
 * A round's prediction figure was frozen or recomputed on this node, in the contest's province's context: readers
 * that keep the figures a moment (the live boards' read cache) drop them, so the next read ranks by the new one.
 */
public record RoundFigureFrozen(UUID contestId, int roundIndex) {
}
