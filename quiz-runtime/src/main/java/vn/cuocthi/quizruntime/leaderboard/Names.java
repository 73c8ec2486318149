package vn.cuocthi.quizruntime.leaderboard;

/** Public boards show names masked: "Nguyễn Văn An" becomes "Nguyễn V. A.". */
public final class Names {

    private Names() {
    }

    public static String mask(String fullName) {
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
}
