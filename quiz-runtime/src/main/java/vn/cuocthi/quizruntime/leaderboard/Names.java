package vn.cuocthi.quizruntime.leaderboard;

import vn.cuocthi.platformcore.personal.Masks;

/** Public boards show names masked: "Nguyễn Văn An" becomes "Nguyễn V. A." (the one rule, {@link Masks#name}). */
public final class Names {

    private Names() {
    }

    public static String mask(String fullName) {
        return Masks.name(fullName);
    }
}
