package vn.cuocthi.platformcore;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * The one check for every text a person types (registration fields, staff's names, titles, topics, descriptions):
 * composed to NFC (a Mac's or Word's decomposed "ễ" becomes one character, so equal names compare equal), and
 * refused when it holds control characters or bidirectional overrides. Those are invisible on a page, yet a NUL
 * cannot be stored by PostgreSQL and an override (U+202E) makes a name read backwards on the leaderboard.
 */
public final class TypedText {

    /** Whether line breaks and tabs belong in the text. */
    public enum Kind {
        /** a name, a title, a code: one line */
        LINE,
        /** a description, an explanation, rules: paragraphs */
        LONG
    }

    /** Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069), as a regex class's body. */
    public static final String BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
    /** C0 and C1 controls and DEL, and the bidi controls. */
    private static final Pattern REFUSED_IN_LINE = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F" + BIDI_CONTROLS + "]");
    private static final Pattern REFUSED_IN_LONG = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F" + BIDI_CONTROLS + "]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private TypedText() {
    }

    /** Whether the text holds a character {@code kind} refuses. */
    public static boolean refused(String typed, Kind kind) {
        return typed != null && (kind == Kind.LINE ? REFUSED_IN_LINE : REFUSED_IN_LONG).matcher(typed).find();
    }

    /**
     * Checks a typed text and returns it as stored: NFC, trimmed, and for a line its runs of spaces made one.
     * A refused character or more than {@code maxLength} characters adds an error for {@code field}
     * ({@code text.control}, {@code text.tooLong}); blank and refused texts come back null.
     */
    public static String check(String field, String typed, Kind kind, int maxLength, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (refused(typed, kind)) {
            errors.add(FieldError.field(field, "text.control"));
            return null;
        }
        String composed = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        String text = kind == Kind.LINE ? SPACES.matcher(composed).replaceAll(" ") : composed;
        if (text.length() > maxLength) {
            errors.add(FieldError.field(field, "text.tooLong", maxLength));
        }
        return text;
    }
}
