package vn.cuocthi.platformcore.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The WCAG 2 contrast ratio against published values. */
class ContrastTest {

    @Test
    void blackOnWhiteIs21AndAColourOnItselfIs1() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio("#ffffff", "#000000")).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio("#0b5cad", "#0b5cad")).isCloseTo(1.0, within(0.001));
    }

    @Test
    void knownPairsEitherSideOfAA() {
        // #767676 on white is the classic lightest grey that passes AA (4.54:1); #777777 fails (4.48:1)
        assertThat(Contrast.ratio("#767676", "#ffffff")).isGreaterThanOrEqualTo(Contrast.AA);
        assertThat(Contrast.ratio("#777777", "#ffffff")).isLessThan(Contrast.AA);
        assertThat(Contrast.ratio("#ffff00", "#ffffff")).isLessThan(1.1);
        assertThat(Contrast.ratio("#ffffff", Branding.DEFAULT.primaryColor())).isGreaterThan(6.5);
    }

    @Test
    void onlySixDigitHexIsAColour() {
        assertThat(Contrast.isColour("#0B5cad")).isTrue();
        assertThat(Contrast.isColour("#fff")).isFalse();
        assertThat(Contrast.isColour("red")).isFalse();
        assertThat(Contrast.isColour("#0b5cad;}body{")).isFalse();
        assertThat(Contrast.isColour(null)).isFalse();
    }

    @Test
    void theDarkerShadeStaysAHexColour() {
        assertThat(new Branding("#0b5cad", "#ffffff", null, null, null, null, null, null, null, 1).primaryDark())
                .isEqualTo("#08498a");
    }
}
