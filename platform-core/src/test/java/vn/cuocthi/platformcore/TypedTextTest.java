package vn.cuocthi.platformcore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.web.ApiException.FieldError;

class TypedTextTest {

    @Test
    void controlAndBidiCharactersAreRefusedInALine() {
        for (String typed : List.of("An\u0000", "An\tBình", "An\nBình", "An\u007F", "An\u0085", "\u202Ebình", "\u202Abình", "\u2066An\u2069")) {
            List<FieldError> errors = new ArrayList<>();
            assertThat(TypedText.check("fullName", typed, TypedText.Kind.LINE, 200, errors)).as(typed).isNull();
            assertThat(errors).extracting(FieldError::key).as(typed).containsExactly("text.control");
        }
    }

    @Test
    void longTextsKeepTheirLineBreaksButNotOtherControls() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(TypedText.check("rules", " Điều 1.\r\n\tĐiều 2. ", TypedText.Kind.LONG, 100, errors)).isEqualTo("Điều 1.\r\n\tĐiều 2.");
        assertThat(errors).isEmpty();
        assertThat(TypedText.refused("Điều\u0000 1", TypedText.Kind.LONG)).isTrue();
        assertThat(TypedText.refused("Điều \u202E1", TypedText.Kind.LONG)).isTrue();
    }

    @Test
    void textIsComposedTrimmedAndBounded() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(TypedText.check("fullName", "  Nguye\u0302\u0303n   Thi\u0323\u00A0Hoa ", TypedText.Kind.LINE, 200, errors))
                .isEqualTo("Nguyễn Thị Hoa");
        assertThat(TypedText.check("fullName", "   ", TypedText.Kind.LINE, 200, errors)).isNull();
        assertThat(errors).isEmpty();
        TypedText.check("name", "a".repeat(11), TypedText.Kind.LINE, 10, errors);
        assertThat(errors).extracting(FieldError::key).containsExactly("text.tooLong");
    }
}
