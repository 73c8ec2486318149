package vn.cuocthi.platformcore;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese identity numbers as people type them: CCCD (12 digits) and mobile numbers (+84 or 0). The one rule for
 * both, normalization included: registration and sign-in read contestants' numbers with it, and the contest's
 * exclusion list is checked with it, so an excluded number is always one a registration can produce.
 */
public final class PersonalNumbers {

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    /** Mobile prefixes in use since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

    private PersonalNumbers() {
    }

    /** The CCCD without spaces or dots, if it is 12 digits. */
    public static Optional<String> cccd(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.]", "");
        return CCCD.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** The mobile number as {@code 0xxxxxxxxx}, from {@code +84 912 345 678}, {@code 84912345678}, {@code 0912.345.678}. */
    public static Optional<String> mobile(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
