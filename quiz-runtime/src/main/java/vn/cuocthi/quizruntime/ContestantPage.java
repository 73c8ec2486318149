package vn.cuocthi.quizruntime;

/**
 * Marks the controllers of contestants' pages, so that a refusal of the engine ({@code ApiException}) thrown there
 * becomes a Vietnamese page ({@link ContestantPageErrors}) rather than problem details.
 */
public interface ContestantPage {
}
