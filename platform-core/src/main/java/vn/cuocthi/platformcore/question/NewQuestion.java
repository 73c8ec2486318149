package vn.cuocthi.platformcore.question;

import java.util.List;

/** A question to add to the bank, already validated by the caller (manual entry or an importer). */
public record NewQuestion(String text, boolean multiple, String topic, Difficulty difficulty, String explanation,
                          String legalSource, List<String> pools, List<NewOption> options) {

    public record NewOption(String text, boolean correct) {
    }
}
