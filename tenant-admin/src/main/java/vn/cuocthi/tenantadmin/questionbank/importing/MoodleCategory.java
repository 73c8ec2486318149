package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The topic named by a Moodle category path ("$course$/top/Cải cách hành chính/Thủ tục hành chính"), as GIFT's
 * {@code $CATEGORY:} and Moodle XML's category questions write it.
 */
final class MoodleCategory {

    /** A single "/" separates levels; Moodle writes a "/" inside a name as "//". */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!/)/(?!/)");
    private static final List<String> CONTEXTS = List.of("$course$", "$system$", "$module$", "$coursecategory$",
            "$cat1$", "$cat2$", "$cat3$", "top");

    private MoodleCategory() {
    }

    /** The last named level of the path: the most specific category; null when the path names none. */
    static String topic(String path) {
        String[] levels = SEPARATOR.split(QuestionText.tidy(path));
        for (int i = levels.length - 1; i >= 0; i--) {
            String level = QuestionText.tidy(levels[i].replace("//", "/"));
            if (!level.isEmpty() && !CONTEXTS.contains(level.toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        return null;
    }
}
