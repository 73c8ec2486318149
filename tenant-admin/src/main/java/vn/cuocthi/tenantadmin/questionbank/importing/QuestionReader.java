package vn.cuocthi.tenantadmin.questionbank.importing;

/**
 * Reads one format: adds a {@link QuestionDraft} per question found and reports what only this format can get wrong.
 * May throw on input it cannot make sense of; {@link QuestionImporter} turns that into a problem.
 */
interface QuestionReader {

    void read(byte[] content, ImportContext context) throws Exception;
}
