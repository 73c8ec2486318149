package vn.cuocthi.platformcore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalNumbersTest {

    @Test
    void mobileNumbersAreNormalizedFromTheWaysPeopleWriteThem() {
        assertThat(PersonalNumbers.mobile("+84 912 345 678")).contains("0912345678");
        assertThat(PersonalNumbers.mobile("84912345678")).contains("0912345678");
        assertThat(PersonalNumbers.mobile("0912.345.678")).contains("0912345678");
        assertThat(PersonalNumbers.mobile("(+84) 38-123-4567")).contains("0381234567");
    }

    @Test
    void landlinesShortNumbersAndOldPrefixesAreNotMobiles() {
        assertThat(PersonalNumbers.mobile("0243 8234 567")).isEmpty();
        assertThat(PersonalNumbers.mobile("091234567")).isEmpty();
        assertThat(PersonalNumbers.mobile("01234567890")).as("11-digit numbers retired in 2018").isEmpty();
        assertThat(PersonalNumbers.mobile("09123456789")).isEmpty();
        assertThat(PersonalNumbers.mobile(null)).isEmpty();
    }

    @Test
    void tenDigitNumbersOutsideTheMobilePrefixesAreRefused() {
        // the console's old exclusion rule, (+84|0) and nine digits, took these: no registration can ever match them
        assertThat(PersonalNumbers.mobile("0243823456")).isEmpty();
        assertThat(PersonalNumbers.mobile("+84243823456")).isEmpty();
        assertThat(PersonalNumbers.mobile("0112345678")).isEmpty();
        assertThat(PersonalNumbers.mobile("0612345678")).isEmpty();
        assertThat(PersonalNumbers.mobile("0 912 345 67x")).isEmpty();
        assertThat(PersonalNumbers.mobile("")).isEmpty();
    }

    @Test
    void everyMobilePrefixInUseIsAccepted() {
        for (String prefix : new String[] {"03", "05", "07", "08", "09"}) {
            assertThat(PersonalNumbers.mobile(prefix + "12345678")).contains(prefix + "12345678");
            assertThat(PersonalNumbers.mobile("+84" + prefix.substring(1) + "12345678")).contains(prefix + "12345678");
        }
    }

    @Test
    void cccdIsExactlyTwelveDigits() {
        assertThat(PersonalNumbers.cccd("001 090 012 345")).contains("001090012345");
        assertThat(PersonalNumbers.cccd("001.090.012.345")).contains("001090012345");
        assertThat(PersonalNumbers.cccd(" 001090012345 ")).contains("001090012345");
        assertThat(PersonalNumbers.cccd("00109001234")).isEmpty();
        assertThat(PersonalNumbers.cccd("0010900123456")).isEmpty();
        assertThat(PersonalNumbers.cccd("00109001234a")).isEmpty();
        assertThat(PersonalNumbers.cccd("００１０９００１２３４５")).as("full-width digits are not accepted").isEmpty();
        assertThat(PersonalNumbers.cccd("001-090-012-345")).isEmpty();
        assertThat(PersonalNumbers.cccd(null)).isEmpty();
    }
}
