package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A written answer key such as "B", "A,C", "a; c" or "A C": the letters of the correct options. */
final class AnswerLetters {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;/+&]+");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    private AnswerLetters() {
    }

    /** The upper-case letters, in the order written; empty when the text is blank or not a list of single letters. */
    static Optional<Set<String>> parse(String written) {
        String tidy = QuestionText.tidy(written);
        if (tidy.isEmpty()) {
            return Optional.empty();
        }
        Set<String> letters = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(tidy)) {
            if (token.isEmpty()) {
                continue;
            }
            if (!LETTER.matcher(token).matches()) {
                return Optional.empty();
            }
            letters.add(token.toUpperCase(Locale.ROOT));
        }
        return letters.isEmpty() ? Optional.empty() : Optional.of(letters);
    }

    /** The 0-based option index of a letter: A is 0. */
    static int index(String letter) {
        return letter.charAt(0) - 'A';
    }
}
