package vn.cuocthi.platformcore.question;

import vn.cuocthi.platformcore.contest.ContestantGroup;

/**
 * The one set of bounds on a question, whichever way it comes in: typed through the API or read by an importer.
 * The topic's bound is its column's ({@code varchar(100)}); the others keep a page and an exam readable.
 */
public final class QuestionLimits {

    /** Characters in a question, an option, an explanation or a legal source. */
    public static final int TEXT = 4_000;
    /** Characters in a topic. */
    public static final int TOPIC = 100;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;

    private QuestionLimits() {
    }

    /** A pool is a contestant group's code, under the group's own rule. */
    public static boolean validPool(String code) {
        return ContestantGroup.validCode(code);
    }
}
