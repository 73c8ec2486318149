package vn.cuocthi.platformcore.question;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.cuocthi.platformcore.TypedText;

/**
 * The one definition of "the same question text" (the bank's unique index uses it, importers and manual entry
 * alike): NFC, invisible characters removed, whitespace and control characters collapsed, case folded.
 */
public final class QuestionTexts {

    /**
     * Byte-order marks, zero-width characters and soft hyphens: invisible, yet they make equal texts differ; and the
     * bidi controls {@link TypedText} refuses in typed text (an imported file's are dropped, not the whole bank).
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060\\u00AD" + TypedText.BIDI_CONTROLS + "]");
    /** Any run of spaces, tabs, line breaks, no-break spaces and other separators or control characters. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\p{Z}\\s\\p{Cc}]+");

    private QuestionTexts() {
    }

    /**
     * Text as stored and shown: NFC (a decomposed "ệ" from a Mac or Word becomes one character), without invisible
     * characters, whitespace collapsed to single spaces and trimmed. Null stays null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String visible = INVISIBLE.matcher(text).replaceAll("");
        String composed = Normalizer.normalize(visible, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }

    /** Key for duplicate detection: {@link #clean(String)}, case-folded. */
    public static String normalize(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
}
