package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.Objects;

/** One answer option of an imported question; the text is NFC, trimmed, with whitespace collapsed. */
public record ImportedOption(String text, boolean correct) {

    public ImportedOption {
        Objects.requireNonNull(text, "text");
    }
}
