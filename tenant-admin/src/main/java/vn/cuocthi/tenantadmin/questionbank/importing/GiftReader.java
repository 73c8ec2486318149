package vn.cuocthi.tenantadmin.questionbank.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GIFT, multiple-choice subset: {@code ::title::} optional, {@code { =right ~wrong }}, {@code ~%50%} weights (a
 * positive weight is a correct answer), escapes {@code \~ \= \# \{ \} \: \\ \n}, {@code //} comment lines,
 * {@code $CATEGORY:} for the topic, {@code ####} general feedback as the explanation, {@code #} answer feedback
 * ignored, {@code [html]} text stripped to plain text. Other question types are reported, never guessed.
 */
final class GiftReader implements QuestionReader {

    private static final String CATEGORY = "$CATEGORY:";
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|F|TRUE|FALSE)\\s*(#.*)?", Pattern.DOTALL);
    private static final Pattern FORMAT = Pattern.compile("\\[(html|moodle|plain|markdown)]");

    @Override
    public void read(byte[] content, ImportContext context) {
        Optional<List<String>> lines = TextContent.lines(content, context);
        if (lines.isEmpty()) {
            return;
        }
        String topic = null;
        StringBuilder block = new StringBuilder();
        int blockLine = 0;
        int number = 0;
        for (String line : lines.get()) {
            number++;
            String stripped = line.strip();
            if (stripped.startsWith("//")) {
                continue;
            }
            boolean category = stripped.regionMatches(true, 0, CATEGORY, 0, CATEGORY.length());
            if (stripped.isEmpty() || category) {
                if (!block.isEmpty() && !question(blockLine, block.toString(), topic, context)) {
                    return;
                }
                block.setLength(0);
                if (category) {
                    topic = MoodleCategory.topic(stripped.substring(CATEGORY.length()));
                }
                continue;
            }
            if (block.isEmpty()) {
                blockLine = number;
            } else {
                block.append('\n');
            }
            block.append(line);
        }
        if (!block.isEmpty()) {
            question(blockLine, block.toString(), topic, context);
        }
    }

    /** Reads one question block; false once the file holds more questions than allowed. */
    private static boolean question(int line, String source, String topic, ImportContext context) {
        Escaped text = Escaped.of(source.strip());
        int start = 0;
        if (text.startsWith("::", 0)) {
            int titleEnd = text.indexOf("::", 2);
            if (titleEnd > 0) {
                start = titleEnd + 2;
            }
        }
        int open = text.indexOf("{", start);
        if (open < 0) {
            context.problem(line, ProblemCode.GIFT_NO_ANSWERS);
            return true;
        }
        int close = text.indexOf("}", open + 1);
        if (close < 0) {
            context.problem(line, ProblemCode.GIFT_UNCLOSED_ANSWERS);
            return true;
        }
        String stem = text.plain(start, open).strip();
        boolean html = false;
        var format = FORMAT.matcher(stem);
        if (format.lookingAt()) {
            html = format.group(1).equals("html");
            stem = stem.substring(format.end());
        }
        Optional<ProblemCode> unsupported = unsupportedType(text, open + 1, close);
        if (unsupported.isPresent()) {
            context.problem(line, unsupported.get());
            return true;
        }
        if (!text.plain(close + 1, text.length()).isBlank()) {
            context.problem(line, ProblemCode.GIFT_MISSING_WORD);
            return true;
        }
        QuestionDraft draft = new QuestionDraft(line).appendText(plain(stem, html)).topic(topic)
                .image(html && HtmlText.hasImage(stem));
        answers(text, open + 1, close, html, draft, context);
        return context.add(draft);
    }

    /** The problem for a question type other than multiple choice, told from what is between the braces. */
    private static Optional<ProblemCode> unsupportedType(Escaped text, int from, int to) {
        String inside = text.plain(from, to).strip();
        if (inside.isEmpty()) {
            return Optional.of(ProblemCode.GIFT_ESSAY);
        }
        if (text.charAt(text.skipSpaces(from)) == '#' && !text.escaped(text.skipSpaces(from))) {
            return Optional.of(ProblemCode.GIFT_NUMERICAL);
        }
        if (TRUE_FALSE.matcher(inside).matches()) {
            return Optional.of(ProblemCode.GIFT_TRUE_FALSE);
        }
        boolean anyWrong = false;
        boolean anyArrow = false;
        for (int i = from; i < to; i++) {
            if (!text.escaped(i) && text.charAt(i) == '~') {
                anyWrong = true;
            }
            if (!text.escaped(i) && text.startsWith("->", i)) {
                anyArrow = true;
            }
        }
        if (!anyWrong) {
            return Optional.of(anyArrow ? ProblemCode.GIFT_MATCHING : ProblemCode.GIFT_SHORT_ANSWER);
        }
        return Optional.empty();
    }

    private static void answers(Escaped text, int from, int to, boolean html, QuestionDraft draft,
                                ImportContext context) {
        int feedback = text.indexOf("####", from);
        int end = feedback >= 0 && feedback < to ? feedback : to;
        if (end < to) {
            String general = text.plain(end + 4, to);
            draft.explanation(plain(general, html));
        }
        int first = text.nextMarker(from, end);
        String before = text.plain(from, first < 0 ? end : first).strip();
        if (!before.isEmpty()) {
            context.answerProblem(draft, ProblemCode.GIFT_BAD_ANSWER, before);
        }
        boolean anyRight = false;
        boolean anyWeightedRight = false;
        List<int[]> spans = new ArrayList<>();
        for (int at = first; at >= 0; ) {
            int next = text.nextMarker(at + 1, end);
            spans.add(new int[] {at, next < 0 ? end : next});
            at = next;
        }
        for (int[] span : spans) {
            boolean right = text.charAt(span[0]) == '=';
            String answer = text.plain(span[0] + 1, span[1]);
            int feedbackAt = text.indexOf("#", span[0] + 1);
            if (feedbackAt >= 0 && feedbackAt < span[1]) {
                answer = text.plain(span[0] + 1, feedbackAt);
            }
            answer = answer.strip();
            if (answer.startsWith("%")) {
                int weightEnd = answer.indexOf('%', 1);
                Optional<BigDecimal> weight = weightEnd > 0 ? weight(answer.substring(1, weightEnd)) : Optional.empty();
                if (weight.isEmpty()) {
                    context.answerProblem(draft, ProblemCode.GIFT_BAD_WEIGHT,
                            weightEnd > 0 ? answer.substring(0, weightEnd + 1) : answer);
                } else {
                    answer = answer.substring(weightEnd + 1);
                    if (!right && weight.get().signum() > 0) {
                        right = true;
                        anyWeightedRight = true;
                    }
                }
            }
            anyRight |= text.charAt(span[0]) == '=';
            draft.image(html && HtmlText.hasImage(answer)).option(plain(answer, html), right);
        }
        // "~%50%…" answers without any "=" make Moodle's multiple-answer question; with an "=" it is single-choice.
        draft.declaredMultiple(!anyRight && anyWeightedRight);
    }

    private static Optional<BigDecimal> weight(String written) {
        try {
            return Optional.of(new BigDecimal(written.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String plain(String text, boolean html) {
        return html ? HtmlText.toPlain(text) : text;
    }

    /** GIFT text with its backslash escapes resolved, remembering which characters were escaped. */
    private record Escaped(String text, boolean[] escapedAt) {

        static Escaped of(String source) {
            StringBuilder text = new StringBuilder(source.length());
            boolean[] escaped = new boolean[source.length()];
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '\\' && i + 1 < source.length()) {
                    char next = source.charAt(i + 1);
                    if ("~=#{}:\\".indexOf(next) >= 0 || next == 'n') {
                        escaped[text.length()] = true;
                        text.append(next == 'n' ? '\n' : next);
                        i++;
                        continue;
                    }
                }
                text.append(c);
            }
            return new Escaped(text.toString(), escaped);
        }

        int length() {
            return text.length();
        }

        char charAt(int i) {
            return i < text.length() ? text.charAt(i) : '\0';
        }

        boolean escaped(int i) {
            return i < text.length() && escapedAt[i];
        }

        boolean startsWith(String wanted, int at) {
            for (int i = 0; i < wanted.length(); i++) {
                if (at + i >= text.length() || escapedAt[at + i] || text.charAt(at + i) != wanted.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The first unescaped occurrence of {@code wanted} from {@code from}, or -1. */
        int indexOf(String wanted, int from) {
            for (int at = text.indexOf(wanted, from); at >= 0; at = text.indexOf(wanted, at + 1)) {
                if (startsWith(wanted, at)) {
                    return at;
                }
            }
            return -1;
        }

        /** The next unescaped "=" or "~" in [from, to), or -1. */
        int nextMarker(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if ((c == '=' || c == '~') && !escapedAt[i]) {
                    return i;
                }
            }
            return -1;
        }

        int skipSpaces(int from) {
            int i = from;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        String plain(int from, int to) {
            return text.substring(Math.min(from, text.length()), Math.min(Math.max(from, to), text.length()));
        }
    }
}
