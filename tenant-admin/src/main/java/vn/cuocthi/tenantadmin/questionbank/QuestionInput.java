package vn.cuocthi.tenantadmin.questionbank;

import java.util.List;

/** One question as staff type it in ({@code POST /api/v1/admin/questions}). */
public record QuestionInput(String text, List<OptionInput> options, String topic, String difficulty, String explanation,
                            String legalSource, List<String> pools) {

    public record OptionInput(String text, Boolean correct) {
    }
}
