package vn.cuocthi.tenantadmin.questionbank.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Moodle XML: {@code multichoice} (single and multiple, an answer with {@code fraction > 0} is correct) and
 * {@code truefalse} (two options "Đúng" and "Sai"); {@code category} questions set the topic of those after them;
 * {@code generalfeedback} is the explanation; HTML is stripped to plain text. Other types are reported with their
 * position among the questions. Lines are the lines of the {@code <question>} elements.
 */
final class MoodleXmlReader implements QuestionReader {

    static final String TRUE_OPTION = "Đúng";
    static final String FALSE_OPTION = "Sai";

    private String topic;
    private int index;

    @Override
    public void read(byte[] content, ImportContext context) {
        if (!TextContent.isText(content, context)) {
            return;
        }
        try {
            String root = SecureXml.read(content, 2, "quiz"::equals, element -> {
                if (element.name().equals("question")) {
                    question(element, context);
                }
                return !context.full();
            });
            if (!"quiz".equals(root)) {
                context.problem(0, ProblemCode.MOODLE_NOT_QUIZ);
            }
        } catch (SecureXml.Failure failure) {
            if (failure.dtd()) {
                context.problem(0, ProblemCode.XML_DTD);
            } else {
                context.problem(0, ProblemCode.XML_MALFORMED, failure.line(), failure.column());
            }
        }
    }

    private void question(XmlElement question, ImportContext context) {
        String type = question.attribute("type") == null ? "" : question.attribute("type").strip();
        if (type.equals("category")) {
            topic = MoodleCategory.topic(question.childText("category"));
            return;
        }
        index++;
        int line = question.line();
        switch (type) {
            case "multichoice" -> multichoice(question, context);
            case "truefalse" -> trueFalse(question, context);
            default -> context.problem(line, ProblemCode.MOODLE_UNSUPPORTED_TYPE, index, type);
        }
    }

    private void multichoice(XmlElement question, ImportContext context) {
        QuestionDraft draft = draft(question);
        String single = question.child("single").map(XmlElement::text).orElse("true").strip();
        draft.declaredMultiple(single.equalsIgnoreCase("false") || single.equals("0"));
        for (XmlElement answer : question.children("answer")) {
            Optional<BigDecimal> fraction = fraction(answer, draft, context);
            XmlElement text = answer.child("text").orElse(answer);
            boolean right = fraction.map(f -> f.signum() > 0).orElse(false);
            draft.image(hasImage(answer, text)).option(plain(text, answer), right);
        }
        context.add(draft);
    }

    private void trueFalse(XmlElement question, ImportContext context) {
        QuestionDraft draft = draft(question).declaredMultiple(false);
        Boolean trueIsRight = null;
        Boolean falseIsRight = null;
        List<XmlElement> answers = question.children("answer");
        for (XmlElement answer : answers) {
            boolean right = fraction(answer, draft, context).map(f -> f.signum() > 0).orElse(false);
            String value = answer.child("text").map(XmlElement::text).orElse("").strip().toLowerCase(Locale.ROOT);
            if (value.equals("true")) {
                trueIsRight = right;
            } else if (value.equals("false")) {
                falseIsRight = right;
            }
        }
        if (answers.size() != 2 || trueIsRight == null || falseIsRight == null) {
            context.problem(draft.line(), ProblemCode.MOODLE_BAD_TRUE_FALSE);
            return;
        }
        context.add(draft.option(TRUE_OPTION, trueIsRight).option(FALSE_OPTION, falseIsRight));
    }

    private QuestionDraft draft(XmlElement question) {
        XmlElement questionText = question.child("questiontext").orElse(null);
        QuestionDraft draft = new QuestionDraft(question.line()).topic(topic);
        if (questionText != null) {
            XmlElement text = questionText.child("text").orElse(questionText);
            draft.appendText(plain(text, questionText)).image(hasImage(questionText, text));
        }
        String feedback = question.child("generalfeedback")
                .map(f -> plain(f.child("text").orElse(f), f)).orElse(null);
        return draft.explanation(feedback);
    }

    private static Optional<BigDecimal> fraction(XmlElement answer, QuestionDraft draft, ImportContext context) {
        String written = answer.attribute("fraction");
        if (written == null || written.isBlank()) {
            return Optional.of(BigDecimal.ZERO);
        }
        try {
            return Optional.of(new BigDecimal(written.strip()));
        } catch (NumberFormatException e) {
            context.answerProblem(draft, ProblemCode.MOODLE_BAD_FRACTION, written);
            return Optional.empty();
        }
    }

    /** The text of a {@code <text>}, stripped of HTML unless its owner says it is plain text or Markdown. */
    private static String plain(XmlElement text, XmlElement owner) {
        String format = owner.attribute("format") == null ? "html" : owner.attribute("format");
        String raw = text.text();
        return format.equals("plain_text") || format.equals("markdown") ? raw : HtmlText.toPlain(raw);
    }

    /** An embedded file ({@code <file>}) or an image tag: the question would lose it. */
    private static boolean hasImage(XmlElement owner, XmlElement text) {
        return !owner.children("file").isEmpty() || HtmlText.hasImage(text.text());
    }
}
