package vn.cuocthi.quizruntime.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate MAY_31_1990 = LocalDate.of(1990, 5, 31);

    @Test
    void dayFirstDatesAreReadWithSlashesDashesDotsOrAsEightDigits() {
        assertThat(BirthDates.parse("31/05/1990", TODAY)).contains(MAY_31_1990);
        assertThat(BirthDates.parse("31-05-1990", TODAY)).contains(MAY_31_1990);
        assertThat(BirthDates.parse("31.05.1990", TODAY)).contains(MAY_31_1990);
        assertThat(BirthDates.parse("31051990", TODAY)).as("an iPhone's numeric keypad has no '/'").contains(MAY_31_1990);
        assertThat(BirthDates.parse(" 1/5/1990 ", TODAY)).contains(LocalDate.of(1990, 5, 1));
        assertThat(BirthDates.parse("1990-05-31", TODAY)).as("ISO, from scripts").contains(MAY_31_1990);
    }

    @Test
    void datesThatDoNotExistAreRefusedNotMovedToTheMonthsEnd() {
        assertThat(BirthDates.parse("31021990", TODAY)).isEmpty();
        assertThat(BirthDates.parse("31/02/1990", TODAY)).isEmpty();
        assertThat(BirthDates.parse("29/02/1990", TODAY)).isEmpty();
        assertThat(BirthDates.parse("29/02/1992", TODAY)).contains(LocalDate.of(1992, 2, 29));
        assertThat(BirthDates.parse("32/01/1990", TODAY)).isEmpty();
        assertThat(BirthDates.parse("15/13/1990", TODAY)).isEmpty();
        assertThat(BirthDates.parse("00/05/1990", TODAY)).isEmpty();
    }

    @Test
    void malformedTextIsRefused() {
        assertThat(BirthDates.parse("31/05-1990", TODAY)).as("two different separators").isEmpty();
        assertThat(BirthDates.parse("3105990", TODAY)).as("seven digits").isEmpty();
        assertThat(BirthDates.parse("05/31/1990", TODAY)).as("month first").isEmpty();
        assertThat(BirthDates.parse("31/05/90", TODAY)).as("two-digit year").isEmpty();
        assertThat(BirthDates.parse("ngày 31 tháng 5", TODAY)).isEmpty();
        assertThat(BirthDates.parse("", TODAY)).isEmpty();
        assertThat(BirthDates.parse(null, TODAY)).isEmpty();
    }

    @Test
    void datesInTheFutureOrMoreThan120YearsAgoAreRefused() {
        assertThat(BirthDates.parse("15/03/2026", TODAY)).as("born today").contains(TODAY);
        assertThat(BirthDates.parse("16/03/2026", TODAY)).isEmpty();
        assertThat(BirthDates.parse("15/03/1906", TODAY)).as("exactly 120").contains(LocalDate.of(1906, 3, 15));
        assertThat(BirthDates.parse("14/03/1905", TODAY)).isEmpty();
        assertThat(BirthDates.parse("31051890", TODAY)).as("1890 for 1990").isEmpty();
    }
}
