package vn.cuocthi.platformcore.contest;

/** The prediction question: an integer guess, not scored, used to break ties. */
public record Prediction(String question, Measure measure, Boolean required) {

    public enum Measure {
        /** How many people take part in the round. */
        PARTICIPANTS,
        /** How many exams of the round get every answer right. */
        PERFECT_SCORES
    }
}
