package vn.cuocthi.tenantadmin.questionbank.importing;

import vn.cuocthi.platformcore.question.QuestionLimits;

/**
 * Bounds on what one import may read, so that no file can exhaust memory or time.
 *
 * @param maxBytes             size of the uploaded file
 * @param maxQuestions         questions in one file
 * @param maxTextLength        characters in one question, option, explanation or legal source (a topic is
 *                             also held to {@link QuestionLimits#TOPIC}, the bound the add-question API applies)
 * @param maxZipEntries        entries in a QTI package (one per item); xlsx and docx are held to at most 1,000, as
 *                             POI holds them
 * @param maxUncompressedBytes total size of a package's entries once inflated
 * @param maxCompressionRatio  how many times larger than the package an entry may inflate (zip bombs go far beyond)
 * @param maxProblems          problems listed; beyond them one last problem says how many more there were
 */
public record ImportLimits(long maxBytes, int maxQuestions, int maxTextLength, int maxZipEntries,
                           long maxUncompressedBytes, int maxCompressionRatio, int maxProblems) {

    private static final long MB = 1024L * 1024;

    public ImportLimits {
        if (maxBytes <= 0 || maxQuestions <= 0 || maxTextLength <= 0 || maxZipEntries <= 0
                || maxUncompressedBytes <= 0 || maxCompressionRatio <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /**
     * 20 MB files, 10,000 questions, 4,000-character texts, packages of up to 12,000 entries (a QTI item each)
     * inflating to at most 100 MB, at no more than 100:1, and 1,000 problems listed.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(20 * MB, 10_000, QuestionLimits.TEXT, 12_000, 100 * MB, 100, 1_000);
    }
}
