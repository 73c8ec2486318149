package vn.cuocthi.platformcore.contest;

import java.util.regex.Pattern;

/**
 * A group of contestants (e.g. CBCCVC, citizens) with its own question pool (questions tagged with this code, plus
 * those in no pool), its own prizes and an optional minimum age.
 */
public record ContestantGroup(String code, String name, Integer minAge) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    /** Whether {@code code} is a valid group code (letters, digits, "-", "_", at most 30): also a question pool's name. */
    public static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
