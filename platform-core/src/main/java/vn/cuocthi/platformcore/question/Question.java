package vn.cuocthi.platformcore.question;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question of the province's bank. {@code pools} names the contestant groups that may draw it; empty means
 * every group.
 */
public record Question(UUID id, String text, boolean multiple, String topic, Difficulty difficulty, String explanation,
                       String legalSource, List<String> pools, List<Option> options, Instant createdAt, Instant retiredAt) {

    public record Option(UUID id, String text, boolean correct) {
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
