package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.ArrayList;
import java.util.List;

/** A question as a format reader found it, before the rules every format shares are checked ({@link QuestionRules}). */
final class QuestionDraft {

    /** An option as written; {@code text} may still need tidying. */
    record Option(String text, boolean correct) {
    }

    private final int line;
    private final StringBuilder text = new StringBuilder();
    private final List<Option> options = new ArrayList<>();
    private String topic;
    private String difficulty;
    private String explanation;
    private String legalSource;
    private String pools;
    private Boolean declaredMultiple;
    private boolean answerReported;
    private boolean image;
    private boolean flawed;

    QuestionDraft(int line) {
        this.line = line;
    }

    int line() {
        return line;
    }

    String text() {
        return text.toString();
    }

    /** Adds a piece of the question text; pieces are separated by a space. */
    QuestionDraft appendText(String piece) {
        if (piece != null && !piece.isBlank()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(piece);
        }
        return this;
    }

    List<Option> options() {
        return options;
    }

    QuestionDraft option(String optionText, boolean correct) {
        options.add(new Option(optionText, correct));
        return this;
    }

    String topic() {
        return topic;
    }

    QuestionDraft topic(String value) {
        this.topic = value;
        return this;
    }

    String difficulty() {
        return difficulty;
    }

    QuestionDraft difficulty(String value) {
        this.difficulty = value;
        return this;
    }

    String explanation() {
        return explanation;
    }

    QuestionDraft explanation(String value) {
        this.explanation = value;
        return this;
    }

    String legalSource() {
        return legalSource;
    }

    QuestionDraft legalSource(String value) {
        this.legalSource = value;
        return this;
    }

    /** The contestant groups whose pools hold this question, as written ("CBCCVC, ND"); null when not given. */
    String pools() {
        return pools;
    }

    QuestionDraft pools(String value) {
        this.pools = value;
        return this;
    }

    /** Whether the file says several options may be ticked; null when the format has no such flag. */
    Boolean declaredMultiple() {
        return declaredMultiple;
    }

    QuestionDraft declaredMultiple(boolean value) {
        this.declaredMultiple = value;
        return this;
    }

    /** Whether the reader already reported what is wrong with the answer, so "no correct answer" would repeat it. */
    boolean answerReported() {
        return answerReported;
    }

    QuestionDraft markAnswerReported() {
        this.answerReported = true;
        return this;
    }

    /** Whether the reader reported a problem with this question. */
    boolean flawed() {
        return flawed;
    }

    void markFlawed() {
        this.flawed = true;
    }

    boolean image() {
        return image;
    }

    QuestionDraft image(boolean value) {
        this.image |= value;
        return this;
    }
}
