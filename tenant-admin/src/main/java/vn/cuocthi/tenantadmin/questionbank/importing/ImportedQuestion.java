package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.List;
import java.util.Objects;

/**
 * A question read from a file and found valid: 2 to 8 options, at least one correct.
 *
 * @param multiple    true when the contestant may tick several options: more than one option is correct, or the
 *                    file declares the question as multiple-response (Moodle {@code single=false},
 *                    QTI {@code maxChoices≠1})
 * @param topic       the topic (chủ đề), or null when the file gives none
 * @param difficulty  {@code EASY}, {@code MEDIUM}, {@code HARD}, or null when the file gives none
 * @param explanation shown after the contest (giải thích), or null
 * @param legalSource the legal basis (căn cứ pháp lý), or null
 * @param pools       codes of the contestant groups whose pools hold the question (xlsx column "Nhóm đối tượng");
 *                    empty when the file names none
 * @param line        where the question starts: the line (text formats), row (xlsx), question number (docx)
 *                    or item index (QTI), 1-based
 */
public record ImportedQuestion(String text, boolean multiple, List<ImportedOption> options, String topic,
                               String difficulty, String explanation, String legalSource, List<String> pools,
                               int line) {

    public ImportedQuestion {
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        pools = pools == null ? List.of() : List.copyOf(pools);
    }
}
