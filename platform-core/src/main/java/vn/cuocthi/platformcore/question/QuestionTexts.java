package vn.cuocthi.platformcore.question;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one definition of "the same question text": NFC, whitespace collapsed, case folded. */
public final class QuestionTexts {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private QuestionTexts() {
    }

    /** Text as stored and shown: NFC, trimmed, inner whitespace collapsed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** Key for duplicate detection. */
    public static String normalize(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
}
