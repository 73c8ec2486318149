package vn.cuocthi.tenantadmin.questionbank.importing;

/** What a problem's line number counts in each format, and how a duplicate question names the other one. */
enum Location {
    LINE("location.line", ProblemCode.QUESTION_DUPLICATE_OF_LINE),
    ROW("location.row", ProblemCode.QUESTION_DUPLICATE_OF_ROW),
    QUESTION("location.question", ProblemCode.QUESTION_DUPLICATE_OF_QUESTION),
    ITEM("location.item", ProblemCode.QUESTION_DUPLICATE_OF_ITEM);

    private final String messageKey;
    private final ProblemCode duplicateCode;

    Location(String messageKey, ProblemCode duplicateCode) {
        this.messageKey = messageKey;
        this.duplicateCode = duplicateCode;
    }

    static Location of(QuestionFormat format) {
        return switch (format) {
            case XLSX -> ROW;
            case DOCX -> QUESTION;
            case QTI21 -> ITEM;
            case AIKEN, GIFT, MOODLE_XML -> LINE;
        };
    }

    String messageKey() {
        return messageKey;
    }

    ProblemCode duplicateCode() {
        return duplicateCode;
    }
}
