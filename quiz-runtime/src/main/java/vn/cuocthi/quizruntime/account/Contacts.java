package vn.cuocthi.quizruntime.account;

import java.util.Locale;
import java.util.Optional;

import vn.cuocthi.platformcore.PersonalNumbers;

/** A contact as a person types it for password recovery: a mobile number, a CCCD or an e-mail address. */
final class Contacts {

    private Contacts() {
    }

    /** The contact normalized as registrations store it, or empty when it is none of the three. */
    static Optional<String> normalized(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 200) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        if (Registration.EMAIL.matcher(trimmed).matches()) {
            return Optional.of(trimmed.toLowerCase(Locale.ROOT));
        }
        return PersonalNumbers.mobile(trimmed).or(() -> PersonalNumbers.cccd(trimmed));
    }

    /** Enough of an address for an audit row or a log line to tell addresses apart, not to reach the person. */
    static String masked(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        return address.length() <= 4 ? "****" : address.substring(0, 2) + "*".repeat(address.length() - 4)
                + address.substring(address.length() - 2);
    }
}
