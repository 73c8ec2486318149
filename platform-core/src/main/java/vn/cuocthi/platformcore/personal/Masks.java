package vn.cuocthi.platformcore.personal;

/** How personal data shows where it need not be whole: "Nguyễn Văn An" as "Nguyễn V. A.", a phone as 09******78. */
public final class Masks {

    private Masks() {
    }

    public static String name(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] words = fullName.strip().split("\\s+");
        StringBuilder masked = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            masked.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
        }
        return masked.toString();
    }

    /** The first two and the last two characters; the rest starred. */
    public static String number(String number) {
        if (number == null || number.length() < 5) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }
}
