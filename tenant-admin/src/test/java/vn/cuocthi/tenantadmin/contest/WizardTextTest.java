package vn.cuocthi.tenantadmin.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the wizard reads from text: Vietnamese date-times, group codes made from names, weekly rounds. */
class WizardTextTest {

    @Test
    void dateTimesAreReadDayFirstIn24HoursAndShownTheSameWay() {
        LocalDateTime morning = LocalDateTime.of(2026, 12, 7, 7, 30);
        assertThat(WallClockText.parse("07/12/2026 07:30")).contains(morning);
        assertThat(WallClockText.parse(" 7/12/2026  7:30 ")).contains(morning);
        assertThat(WallClockText.parse("07-12-2026 07h30")).contains(morning);
        assertThat(WallClockText.parse("2026-12-07T07:30")).as("a picker's or a script's ISO value").contains(morning);
        assertThat(WallClockText.parse("13/12/2026 23:59:59")).contains(LocalDateTime.of(2026, 12, 13, 23, 59, 59));
        assertThat(WallClockText.format(morning)).isEqualTo("07/12/2026 07:30");
        assertThat(WallClockText.format(LocalDateTime.of(2026, 12, 13, 23, 59, 59))).isEqualTo("13/12/2026 23:59:59");
        for (String bad : List.of("31/02/2026 07:30", "07/12/2026 25:00", "12/07/2026 7:30 PM", "thứ Hai", "07/12/2026")) {
            assertThat(WallClockText.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void groupCodesAreTheNameWithoutDiacriticsInUpperCaseJoinedByHyphens() {
        assertThat(GroupCodes.fromName("Cán bộ, công chức, viên chức")).isEqualTo("CAN-BO-CONG-CHUC-VIEN-CHUC");
        assertThat(GroupCodes.fromName("  Đoàn viên   thanh niên ")).isEqualTo("DOAN-VIEN-THANH-NIEN");
        assertThat(GroupCodes.fromName("Học sinh, sinh viên các trường trên địa bàn tỉnh")).hasSizeLessThanOrEqualTo(30)
                .doesNotEndWith("-").startsWith("HOC-SINH-SINH-VIEN");
        assertThat(GroupCodes.fromName("Học sinh, sinh viên các trường")).matches("[A-Z0-9-]{1,30}");
    }

    @Test
    void weeklyRoundsStartOnThisWeeksMondayAndEndOnSundayNight() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        List<ContestForm.RoundRow> rounds = WeeklyRounds.of("3", wednesday, week -> "Tuần " + week).orElseThrow();
        assertThat(rounds).containsExactly(
                new ContestForm.RoundRow("Tuần 1", "30/11/2026 00:00", "06/12/2026 23:59:59"),
                new ContestForm.RoundRow("Tuần 2", "07/12/2026 00:00", "13/12/2026 23:59:59"),
                new ContestForm.RoundRow("Tuần 3", "14/12/2026 00:00", "20/12/2026 23:59:59"));
        assertThat(WeeklyRounds.of("1", LocalDate.of(2026, 11, 30), week -> "T").orElseThrow().getFirst().startsAt())
                .as("on a Monday, that Monday").isEqualTo("30/11/2026 00:00");
        for (String bad : List.of("0", "53", "ba", "")) {
            assertThat(WeeklyRounds.of(bad, wednesday, week -> "T")).as(bad).isEmpty();
        }
    }
}
