package vn.cuocthi.tenantadmin.questionbank.importing;

/**
 * Every problem the import can report. {@link #key()} is the message key in the bundle {@value ImportMessages#BUNDLE}
 * and {@link ImportProblem#code()}; {@link #arity()} is how many arguments the message takes.
 */
public enum ProblemCode {
    // The whole file (line 0).
    FILE_EMPTY("file.empty", 0),
    FILE_UNREADABLE("file.unreadable", 0),
    FILE_TOO_LARGE("file.tooLarge", 1),
    FILE_TOO_MANY_QUESTIONS("file.tooManyQuestions", 1),
    FILE_NO_QUESTIONS("file.noQuestions", 1),
    FILE_TOO_MANY_PROBLEMS("file.tooManyProblems", 1),
    FILE_NOT_TEXT("file.notText", 1),
    FILE_NOT_UTF8("file.notUtf8", 0),
    FILE_IS_PDF("file.isPdf", 1),
    FILE_IS_LEGACY_OFFICE("file.isLegacyOffice", 1),
    FILE_IS_OTHER_FORMAT("file.isOtherFormat", 2),
    FILE_NOT_PACKAGE("file.notPackage", 1),
    FILE_LEGACY_VIETNAMESE_FONT("file.legacyVietnameseFont", 0),
    ZIP_CORRUPT("zip.corrupt", 0),
    ZIP_TOO_MANY_ENTRIES("zip.tooManyEntries", 1),
    ZIP_TOO_LARGE("zip.tooLarge", 1),
    ZIP_BOMB("zip.bomb", 1),
    ZIP_UNSAFE_PATH("zip.unsafePath", 1),
    ZIP_DUPLICATE_ENTRY("zip.duplicateEntry", 1),
    ZIP_ENTRY_DTD("zip.entryDtd", 1),
    XML_DTD("xml.dtd", 0),
    XML_MALFORMED("xml.malformed", 2),

    // One question, whatever the format.
    QUESTION_TEXT_EMPTY("question.textEmpty", 0),
    QUESTION_TEXT_TOO_LONG("question.textTooLong", 1),
    QUESTION_OPTION_COUNT("question.optionCount", 3),
    QUESTION_NO_CORRECT("question.noCorrect", 0),
    QUESTION_SINGLE_WITH_MANY_CORRECT("question.singleWithManyCorrect", 1),
    QUESTION_UNKNOWN_ANSWER("question.unknownAnswer", 1),
    QUESTION_BAD_ANSWER_KEY("question.badAnswerKey", 1),
    QUESTION_UNKNOWN_DIFFICULTY("question.unknownDifficulty", 1),
    QUESTION_IMAGE("question.image", 0),
    QUESTION_TOPIC_TOO_LONG("question.topicTooLong", 1),
    QUESTION_EXPLANATION_TOO_LONG("question.explanationTooLong", 1),
    QUESTION_LEGAL_SOURCE_TOO_LONG("question.legalSourceTooLong", 1),
    QUESTION_BAD_POOL("question.badPool", 1),
    QUESTION_DUPLICATE_OF_LINE("question.duplicateOfLine", 1),
    QUESTION_DUPLICATE_OF_ROW("question.duplicateOfRow", 1),
    QUESTION_DUPLICATE_OF_QUESTION("question.duplicateOfQuestion", 1),
    QUESTION_DUPLICATE_OF_ITEM("question.duplicateOfItem", 1),
    OPTION_TEXT_EMPTY("option.textEmpty", 1),
    OPTION_TEXT_TOO_LONG("option.textTooLong", 2),
    OPTION_DUPLICATE("option.duplicate", 2),
    OPTION_OUT_OF_ORDER("option.outOfOrder", 2),

    // Aiken.
    AIKEN_MISSING_ANSWER("aiken.missingAnswer", 0),
    AIKEN_BAD_ANSWER("aiken.badAnswer", 1),

    // GIFT.
    GIFT_NO_ANSWERS("gift.noAnswers", 0),
    GIFT_UNCLOSED_ANSWERS("gift.unclosedAnswers", 0),
    GIFT_TRUE_FALSE("gift.trueFalse", 0),
    GIFT_SHORT_ANSWER("gift.shortAnswer", 0),
    GIFT_MATCHING("gift.matching", 0),
    GIFT_NUMERICAL("gift.numerical", 0),
    GIFT_ESSAY("gift.essay", 0),
    GIFT_MISSING_WORD("gift.missingWord", 0),
    GIFT_BAD_ANSWER("gift.badAnswer", 1),
    GIFT_BAD_WEIGHT("gift.badWeight", 1),

    // Moodle XML.
    MOODLE_NOT_QUIZ("moodle.notQuiz", 0),
    MOODLE_UNSUPPORTED_TYPE("moodle.unsupportedType", 2),
    MOODLE_BAD_FRACTION("moodle.badFraction", 1),
    MOODLE_BAD_TRUE_FALSE("moodle.badTrueFalse", 0),

    // QTI 2.1.
    QTI_NO_MANIFEST("qti.noManifest", 0),
    QTI_NO_ITEMS("qti.noItems", 0),
    QTI_MISSING_FILE("qti.missingFile", 1),
    QTI_NOT_ITEM("qti.notItem", 1),
    QTI_ITEM_MALFORMED("qti.itemMalformed", 3),
    QTI_NO_CHOICE_INTERACTION("qti.noChoiceInteraction", 0),
    QTI_UNSUPPORTED_INTERACTION("qti.unsupportedInteraction", 1),
    QTI_SEVERAL_INTERACTIONS("qti.severalInteractions", 0),
    QTI_UNSUPPORTED_RESPONSE_PROCESSING("qti.unsupportedResponseProcessing", 1),
    QTI_UNKNOWN_CHOICE("qti.unknownChoice", 1),

    // Word.
    DOCX_TABLE("docx.table", 0),
    DOCX_UNRECOGNISED_PARAGRAPH("docx.unrecognisedParagraph", 1),
    DOCX_OPTION_BEFORE_FIRST_QUESTION("docx.optionBeforeFirstQuestion", 1),
    DOCX_ANSWER_CONFLICT("docx.answerConflict", 3),
    DOCX_ALL_OPTIONS_BOLD("docx.allOptionsBold", 0),
    DOCX_TRACKED_CHANGES("docx.trackedChanges", 0),

    // Excel.
    XLSX_NO_HEADER("xlsx.noHeader", 1),
    XLSX_DUPLICATE_COLUMN("xlsx.duplicateColumn", 1);

    private final String key;
    private final int arity;

    ProblemCode(String key, int arity) {
        this.key = key;
        this.arity = arity;
    }

    public String key() {
        return key;
    }

    /** How many arguments ({@code {0}}, {@code {1}}…) the message takes. */
    public int arity() {
        return arity;
    }
}
