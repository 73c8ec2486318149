package vn.cuocthi.tenantadmin.contest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A group code made from its name when staff leave the code empty: without diacritics (đ as d), upper case, words
 * joined by "-", at most 30 characters ("Cán bộ, công chức" gives CAN-BO-CONG-CHUC), so that it is a valid code
 * and a question pool's name. The wizard's script does the same as staff type, so they see the code before saving.
 */
final class GroupCodes {

    private static final int MAX = 30;

    private GroupCodes() {
    }

    static String fromName(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        return plain.length() <= MAX ? plain : plain.substring(0, MAX).replaceAll("-+$", "");
    }
}
