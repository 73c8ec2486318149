package vn.cuocthi.tenantadmin.questionbank.importing;

import java.util.Optional;
import java.util.Set;

/** The difficulty levels, and the words people write for them in Vietnamese question banks. */
enum Difficulty {
    // "Nhận biết / Thông hiểu / Vận dụng" are the levels Vietnamese exam matrices use.
    EASY(Set.of("de", "easy", "nhan biet", "1")),
    MEDIUM(Set.of("trung binh", "tb", "medium", "thong hieu", "2")),
    HARD(Set.of("kho", "hard", "van dung", "van dung cao", "3"));

    private final Set<String> foldedNames;

    Difficulty(Set<String> foldedNames) {
        this.foldedNames = foldedNames;
    }

    /** The level named by {@code written} ("Dễ", "trung bình", "KHÓ", "Thông hiểu"…), or empty when it names none. */
    static Optional<Difficulty> parse(String written) {
        String folded = QuestionText.fold(written);
        for (Difficulty level : values()) {
            if (level.foldedNames.contains(folded)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
