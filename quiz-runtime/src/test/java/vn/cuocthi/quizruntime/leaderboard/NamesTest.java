package vn.cuocthi.quizruntime.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void familyNameStaysOtherNamesBecomeInitials() {
        assertThat(Names.mask("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
        assertThat(Names.mask("  Đỗ   Thị Ánh Tuyết ")).isEqualTo("Đỗ T. Á. T.");
        assertThat(Names.mask("Hà")).isEqualTo("Hà");
        assertThat(Names.mask(null)).isEmpty();
    }
}
