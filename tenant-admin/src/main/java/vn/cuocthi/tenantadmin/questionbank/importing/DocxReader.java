package vn.cuocthi.tenantadmin.questionbank.importing;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Word documents written the way question banks are typed: numbered questions ("Câu 1:", "Câu 1.", "1.", "1)" or
 * Word's automatic numbering), options "A." "A)" "a." … up to H (or automatic letters), several options on one line
 * separated by tabs; the correct option marked with "*" (before or after the letter, or at the end) or by the whole
 * option text in bold, or named on a line "Đáp án: B"; optional lines "Chủ đề:", "Mức độ:", "Giải thích:",
 * "Căn cứ:" after the options. Text before the first question (title, letterhead table) is skipped, as are headings
 * between questions. Lines are question numbers as written (or counted, for automatic numbering).
 */
final class DocxReader implements QuestionReader {

    private static final Pattern QUESTION = Pattern.compile(
            "(?iu)\\s*(?:câu(?:\\s+hỏi)?\\s*(\\d{1,5})\\s*[:.)\\-–]?|(\\d{1,5})\\s*[.)](?!\\d))\\s*(.*)");
    private static final Pattern OPTION = Pattern.compile("\\s*(\\*)?\\s*([A-Ha-h])\\s*(\\*)?\\s*[.)]\\s*(\\*)?(.*)");
    /** Where a further option starts on the same line: after a tab or a wide gap of spaces. */
    private static final Pattern NEXT_OPTION =
            Pattern.compile("(?:\\t|\\s{3,})\\s*(?=\\*?\\s*[A-Ha-h]\\s*\\*?\\s*[.)])");
    private static final Pattern LABELLED = Pattern.compile("\\s*([^:：]{1,40})[:：]\\s*(.*)");
    private static final int EXCERPT_LENGTH = 60;

    private enum Label { TOPIC, DIFFICULTY, EXPLANATION, LEGAL_SOURCE, ANSWER }

    private static final Map<String, Label> LABELS = Map.of(
            "chu de", Label.TOPIC, "linh vuc", Label.TOPIC,
            "muc do", Label.DIFFICULTY, "do kho", Label.DIFFICULTY,
            "giai thich", Label.EXPLANATION,
            "can cu", Label.LEGAL_SOURCE, "can cu phap ly", Label.LEGAL_SOURCE, "co so phap ly", Label.LEGAL_SOURCE,
            "dap an", Label.ANSWER, "dap an dung", Label.ANSWER);

    /** A line of a paragraph: its text (no-break spaces as spaces) and which of its characters show bold. */
    private record Piece(String text, BitSet bold, WordFormatting.Numbering numbering, boolean picture,
                         XWPFParagraph paragraph) {
    }

    /** An option as written: its text without the "*" mark, and how it is marked. */
    private record WrittenOption(String text, boolean star, boolean bold) {
    }

    /** The question being read, from its number to the next one. */
    private static final class Open {
        final int number;
        final StringBuilder stem = new StringBuilder();
        final List<WrittenOption> options = new ArrayList<>();
        final QuestionDraft draft;
        String answer;
        Label lastLabel;

        Open(int number) {
            this.number = number;
            this.draft = new QuestionDraft(number);
        }
    }

    private WordFormatting formatting;
    private Open open;
    private int questionsSeen;
    private boolean trackedChanges;

    @Override
    public void read(byte[] content, ImportContext context) throws Exception {
        if (!OfficePackage.check(content, context)) {
            return;
        }
        try (XWPFDocument document = new XWPFDocument(OPCPackage.open(new ByteArrayInputStream(content)))) {
            formatting = new WordFormatting(document);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFTable && open != null) {
                    context.problem(open.draft, ProblemCode.DOCX_TABLE);
                } else if (element instanceof XWPFParagraph paragraph) {
                    trackedChanges |= WordFormatting.hasTrackedChanges(paragraph);
                    for (Piece piece : pieces(paragraph)) {
                        if (!read(piece, context)) {
                            return;
                        }
                    }
                }
            }
        }
        if (open != null) {
            close(context);
        }
        if (trackedChanges) {
            context.problem(0, ProblemCode.DOCX_TRACKED_CHANGES);
        }
    }

    /** Reads one line; false once the file holds more questions than allowed. */
    private boolean read(Piece piece, ImportContext context) {
        String text = piece.text();
        if (text.isBlank() && !piece.picture()) {
            return true;
        }
        Matcher question = QUESTION.matcher(text);
        if (piece.numbering() == WordFormatting.Numbering.NUMBER || question.matches()) {
            // A number typed in the text wins over Word's automatic one, which the text does not show.
            boolean written = question.matches();
            if (open != null && !close(context)) {
                return false;
            }
            questionsSeen++;
            String number = written ? firstNonNull(question.group(1), question.group(2)) : null;
            open = new Open(number == null ? questionsSeen : Integer.parseInt(number));
            open.stem.append(written ? question.group(3) : text);
            open.draft.image(piece.picture());
            return true;
        }
        Matcher option = OPTION.matcher(text);
        boolean isOption = piece.numbering() == WordFormatting.Numbering.LETTER || option.matches();
        if (open == null) {
            if (isOption) {
                context.problem(0, ProblemCode.DOCX_OPTION_BEFORE_FIRST_QUESTION, excerpt(text));
            }
            return true;
        }
        open.draft.image(piece.picture());
        if (isOption) {
            option(piece, option, context);
        } else if (!labelled(text)) {
            unlabelled(piece, context);
        }
        return true;
    }

    private void option(Piece piece, Matcher option, ImportContext context) {
        String expected = QuestionRules.letter(open.options.size());
        String text = piece.text();
        int start = 0;
        int end = text.length();
        boolean star = false;
        if (option.matches()) {
            String letter = option.group(2).toUpperCase(Locale.ROOT);
            if (!letter.equals(expected)) {
                context.problem(open.draft, ProblemCode.OPTION_OUT_OF_ORDER, letter, expected);
            }
            star = option.group(1) != null || option.group(3) != null || option.group(4) != null;
            start = option.start(5);
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '*')) {
            star |= text.charAt(end - 1) == '*';
            end--;
        }
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '*')) {
            star |= text.charAt(start) == '*';
            start++;
        }
        open.options.add(new WrittenOption(text.substring(start, end), star, allBold(piece, start, end)));
        open.lastLabel = null;
    }

    /** "Chủ đề: …", "Giải thích: …", "Đáp án: B"…; false when the line has no known label. */
    private boolean labelled(String text) {
        Matcher labelled = LABELLED.matcher(text);
        Label label = labelled.matches() ? LABELS.get(QuestionText.fold(labelled.group(1))) : null;
        if (label == null) {
            return false;
        }
        String value = labelled.group(2);
        switch (label) {
            case TOPIC -> open.draft.topic(value);
            case DIFFICULTY -> open.draft.difficulty(value);
            case EXPLANATION -> open.draft.explanation(value);
            case LEGAL_SOURCE -> open.draft.legalSource(value);
            case ANSWER -> open.answer = value;
        }
        open.lastLabel = label;
        return true;
    }

    /** A plain line: more question text before the options, more explanation after "Giải thích:", else a problem. */
    private void unlabelled(Piece piece, ImportContext context) {
        String text = piece.text();
        if (open.options.isEmpty()) {
            open.stem.append(' ').append(text);
        } else if (open.lastLabel == Label.EXPLANATION) {
            open.draft.explanation(open.draft.explanation() + " " + text);
        } else if (!formatting.isHeading(piece.paragraph(), text)) {
            context.problem(open.draft, ProblemCode.DOCX_UNRECOGNISED_PARAGRAPH, excerpt(text));
        }
    }

    /** Ends the open question: settles the correct answer from its marks and hands the draft over. */
    private boolean close(ImportContext context) {
        Open question = open;
        open = null;
        QuestionDraft draft = question.draft.appendText(question.stem.toString());
        int count = question.options.size();
        Set<String> starred = new LinkedHashSet<>();
        Set<String> bold = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            WrittenOption option = question.options.get(i);
            if (option.star()) {
                starred.add(QuestionRules.letter(i));
            }
            if (option.bold()) {
                bold.add(QuestionRules.letter(i));
            }
        }
        boolean allBold = count > 1 && bold.size() == count;
        if (allBold) {
            bold.clear();
        }
        Set<String> named = answerLine(question, count, context);
        List<Set<String>> marks = new ArrayList<>();
        for (Set<String> mark : List.of(starred, bold, named)) {
            if (!mark.isEmpty()) {
                marks.add(mark);
            }
        }
        Set<String> correct = marks.isEmpty() ? Set.of() : marks.getFirst();
        if (marks.stream().anyMatch(mark -> !mark.equals(correct))) {
            context.answerProblem(draft, ProblemCode.DOCX_ANSWER_CONFLICT, letters(starred), letters(bold),
                    letters(named));
        } else if (marks.isEmpty() && allBold) {
            context.answerProblem(draft, ProblemCode.DOCX_ALL_OPTIONS_BOLD);
        }
        for (int i = 0; i < count; i++) {
            draft.option(question.options.get(i).text(), correct.contains(QuestionRules.letter(i)));
        }
        return context.add(draft);
    }

    /** The letters a line "Đáp án: …" names, reporting letters that are no option or text that is no letter. */
    private static Set<String> answerLine(Open question, int optionCount, ImportContext context) {
        if (question.answer == null || question.answer.isBlank()) {
            return Set.of();
        }
        Optional<Set<String>> letters = AnswerLetters.parse(question.answer);
        if (letters.isEmpty()) {
            context.answerProblem(question.draft, ProblemCode.QUESTION_BAD_ANSWER_KEY,
                    QuestionText.tidy(question.answer));
            return Set.of();
        }
        for (String letter : letters.get()) {
            if (AnswerLetters.index(letter) >= optionCount) {
                context.answerProblem(question.draft, ProblemCode.QUESTION_UNKNOWN_ANSWER, letter);
            }
        }
        return letters.get();
    }

    /** The paragraph as lines: split at line breaks, and where several options share a line, between them. */
    private List<Piece> pieces(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        BitSet bold = new BitSet();
        boolean picture = false;
        for (XWPFRun run : paragraph.getRuns()) {
            int start = text.length();
            text.append(Normalizer.normalize(run.text(), Normalizer.Form.NFC));
            if (formatting.isBold(run, paragraph)) {
                bold.set(start, text.length());
            }
            picture |= !run.getEmbeddedPictures().isEmpty();
        }
        String all = text.toString().replace('\u00A0', ' ').replace('\r', '\n').replace('\u000B', '\n');
        WordFormatting.Numbering numbering = formatting.numbering(paragraph);
        List<Piece> pieces = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || all.charAt(i) == '\n') {
                splitOptions(all, bold, lineStart, i, pieces.isEmpty() ? numbering : WordFormatting.Numbering.NONE,
                        pieces.isEmpty() && picture, paragraph, pieces);
                lineStart = i + 1;
            }
        }
        return pieces;
    }

    private void splitOptions(String all, BitSet bold, int from, int to, WordFormatting.Numbering numbering,
                              boolean picture, XWPFParagraph paragraph, List<Piece> pieces) {
        String line = all.substring(from, to);
        List<Integer> starts = new ArrayList<>(List.of(0));
        if (OPTION.matcher(line).matches()) {
            Matcher next = NEXT_OPTION.matcher(line);
            while (next.find()) {
                starts.add(next.end());
            }
        }
        starts.add(line.length());
        for (int i = 0; i + 1 < starts.size(); i++) {
            int start = from + starts.get(i);
            int end = from + starts.get(i + 1);
            String text = all.substring(start, end);
            pieces.add(new Piece(text, bold.get(start, end), i == 0 ? numbering : WordFormatting.Numbering.NONE,
                    i == 0 && picture, paragraph));
        }
    }

    /** Whether every visible character of [start, end) is bold (the "*" mark aside). */
    private static boolean allBold(Piece piece, int start, int end) {
        boolean any = false;
        for (int i = start; i < end; i++) {
            char c = piece.text().charAt(i);
            if (!Character.isWhitespace(c) && c != '*') {
                if (!piece.bold().get(i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String letters(Set<String> letters) {
        return letters.isEmpty() ? "—" : String.join(",", letters);
    }

    private static String excerpt(String text) {
        String tidy = QuestionText.tidy(text);
        return tidy.length() <= EXCERPT_LENGTH ? tidy : tidy.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
