package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.Locale;
import java.util.Optional;

/** The question-bank file formats the import accepts, named as the API's {@code format} parameter names them. */
public enum QuestionFormat {
    XLSX("xlsx", "Excel (.xlsx)"),
    DOCX("docx", "Word (.docx)"),
    AIKEN("aiken", "Aiken"),
    GIFT("gift", "GIFT"),
    MOODLE_XML("moodle-xml", "Moodle XML"),
    QTI21("qti21", "QTI 2.1");

    private final String param;
    private final String label;

    QuestionFormat(String param, String label) {
        this.param = param;
        this.label = label;
    }

    /** The name people know the format by, the same in every language ("Word (.docx)"). */
    public String label() {
        return label;
    }

    /** The value of the API's {@code format} parameter for this format. */
    public String param() {
        return param;
    }

    /** The format for the API's {@code format} parameter ({@code xlsx|docx|aiken|gift|moodle-xml|qti21}); any case. */
    public static Optional<QuestionFormat> fromParam(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (QuestionFormat format : values()) {
            if (format.param.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
