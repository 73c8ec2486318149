package vn.cuocthi.tenantadmin.questionbank.importing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link ImportProblem}s for people, from the bundle {@value #BUNDLE}: Vietnamese by default, English for
 * {@code en}. A Spring {@code MessageSource} on the same basename gives the same texts.
 */
public final class ImportMessages {

    public static final String BUNDLE = "i18n/question-import";

    /** No fallback to the JVM's locale: on an English server a Vietnamese reader must still get Vietnamese. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ImportMessages() {
    }

    /** The problem's message without its location, e.g. "câu hỏi có 1 phương án, cần từ 2 đến 8." */
    public static String message(ImportProblem problem, Locale locale) {
        return text(problem.code(), locale, problem.args().toArray());
    }

    /**
     * The problem with its location in front, as a sentence: "Dòng 12: câu hỏi có 1 phương án, cần từ 2 đến 8."
     * (rows for xlsx, question numbers for docx, item numbers for QTI); a whole-file problem has no location.
     */
    public static String describe(ImportProblem problem, QuestionFormat format, Locale locale) {
        String message = message(problem, locale);
        if (problem.line() <= 0) {
            return capitalize(message, locale);
        }
        return text(Location.of(format).messageKey(), locale, problem.line()) + ": " + message;
    }

    /** The message for a key of the bundle, or the key itself when the bundle lacks it. */
    static String text(String key, Locale locale, Object... args) {
        Locale wanted = locale == null ? Locale.ROOT : locale;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, wanted, CONTROL);
            return new MessageFormat(bundle.getString(key), wanted).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String capitalize(String message, Locale locale) {
        if (message.isEmpty()) {
            return message;
        }
        return message.substring(0, 1).toUpperCase(locale == null ? Locale.ROOT : locale) + message.substring(1);
    }
}
