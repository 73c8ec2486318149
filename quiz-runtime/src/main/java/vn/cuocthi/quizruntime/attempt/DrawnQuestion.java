package vn.cuocthi.quizruntime.attempt;

import java.util.List;
import java.util.UUID;

/** A question of an attempt's draw, with its options in the order this attempt shows them. */
record DrawnQuestion(UUID questionId, List<UUID> optionIds, boolean multiple) {
}
