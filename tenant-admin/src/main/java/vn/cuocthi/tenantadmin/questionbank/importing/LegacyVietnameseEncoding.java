package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Spots text typed with the pre-Unicode Vietnamese fonts (TCVN3/ABC ".VnTime", VNI): shown through Unicode it reads
 * "C©u hái" for "Câu hỏi". Such files still circulate in provincial offices; importing them would store gibberish.
 */
final class LegacyVietnameseEncoding {

    /** Latin-1 letters Vietnamese really uses; the others are how the old fonts' bytes look in Unicode. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    private static final String VIETNAMESE_ONLY = "ăđĩũơưĂĐĨŨƠƯ";
    private static final int ENOUGH_EVIDENCE = 10;

    private LegacyVietnameseEncoding() {
    }

    static boolean suspected(List<QuestionDraft> drafts) {
        int foreign = 0;
        int vietnamese = 0;
        for (QuestionDraft draft : drafts) {
            List<String> texts = new ArrayList<>(List.of(draft.text()));
            draft.options().forEach(option -> texts.add(option.text()));
            for (String text : texts) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c >= '\u1EA0' && c <= '\u1EF9' || VIETNAMESE_ONLY.indexOf(c) >= 0) {
                        vietnamese++;
                    } else if (c >= '\u00A1' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                        foreign++;
                    }
                }
            }
        }
        return foreign >= ENOUGH_EVIDENCE && foreign > 5 * vietnamese;
    }
}
