package vn.cuocthi.tenantadmin.questionbank.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.cuocthi.platformcore.question.QuestionTexts;

/** How imported text is cleaned up, and the one comparison key used to find duplicate questions. */
public final class QuestionText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private QuestionText() {
    }

    /**
     * The key under which two question texts count as the same: {@link #tidy(String) tidied}, then case-folded.
     * Use it to compare imported questions with those already in the bank.
     */
    public static String normalize(String text) {
        return tidy(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Text as it is stored: NFC (a decomposed "ệ" from a Mac or Word becomes one character), without invisible
     * characters, whitespace collapsed to single spaces and trimmed. Null becomes "".
     */
    public static String tidy(String text) {
        // one definition with the bank's own (platform-core), so imports and the unique index agree
        return text == null ? "" : QuestionTexts.clean(text);
    }

    /** {@link #tidy(String)}, or null when nothing is left. */
    static String tidyOrNull(String text) {
        String tidy = tidy(text);
        return tidy.isEmpty() ? null : tidy;
    }

    /**
     * Text reduced for matching labels and headers typed by people: lower case, no diacritics, "đ" as "d"
     * ("Đáp án đúng", "dap an dung" and "ĐÁP ÁN ĐÚNG" all become "dap an dung").
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(tidy(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
