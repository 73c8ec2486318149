package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The columns of the Excel template. Headers are the file format itself: the importer finds them by name, ignoring
 * case, diacritics, a parenthesised hint and a trailing colon, in any column order; a few common variants count too.
 */
enum XlsxColumn {
    QUESTION("Câu hỏi", "Nội dung câu hỏi", "Question"),
    OPTION("Phương án", "Đáp án", "Option"),
    CORRECT("Đáp án đúng (VD: B hoặc A,C)", "Đáp án", "Correct answer", "Answer"),
    TOPIC("Chủ đề", "Lĩnh vực", "Topic"),
    DIFFICULTY("Mức độ (Dễ/Trung bình/Khó)", "Độ khó", "Difficulty"),
    EXPLANATION("Giải thích", "Explanation"),
    LEGAL_SOURCE("Căn cứ pháp lý", "Căn cứ", "Legal basis"),
    POOLS("Nhóm đối tượng (mã nhóm, VD: CBCCVC,ND)", "Nhóm", "Mã nhóm", "Pool", "Pools", "Group", "Groups");

    /** A header cell matched to a column; {@code option} is the option's index (A is 0) for OPTION, else -1. */
    record Header(XlsxColumn column, int option) {
    }

    private static final Pattern OPTION_LETTER = Pattern.compile("(?:(.+) )?([a-h])");

    private final String title;
    private final List<String> foldedNames;

    XlsxColumn(String title, String... aliases) {
        this.title = title;
        this.foldedNames = Stream.concat(Stream.of(title),
                Arrays.stream(aliases)).map(XlsxColumn::foldHeader).toList();
    }

    /** The header as the template writes it; for options, with the letter: "Phương án A". */
    String title(int option) {
        return this == OPTION ? title + " " + QuestionRules.letter(option) : title;
    }

    /** The column a header cell names: "Câu hỏi", "PHƯƠNG ÁN B", "A", "Đáp án đúng:", "Mức độ (dễ/tb/khó)"… */
    static Optional<Header> match(String cell) {
        String folded = foldHeader(cell);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        var letter = OPTION_LETTER.matcher(folded);
        if (letter.matches() && (letter.group(1) == null || OPTION.foldedNames.contains(letter.group(1)))) {
            return Optional.of(new Header(OPTION, letter.group(2).charAt(0) - 'a'));
        }
        for (XlsxColumn column : values()) {
            if (column != OPTION && column.foldedNames.contains(folded)) {
                return Optional.of(new Header(column, -1));
            }
        }
        return Optional.empty();
    }

    private static String foldHeader(String header) {
        String withoutHint = Hint.PATTERN.matcher(header == null ? "" : header).replaceAll(" ");
        return QuestionText.fold(withoutHint).replaceAll("[:*.]+$", "").strip();
    }

    /** Holds the pattern apart: the enum's constants, which use it, are built before its own static fields. */
    private static final class Hint {
        static final Pattern PATTERN = Pattern.compile("\\([^)]*\\)");
    }
}
