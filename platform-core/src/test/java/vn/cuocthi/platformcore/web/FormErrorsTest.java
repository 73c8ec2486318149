package vn.cuocthi.platformcore.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import vn.cuocthi.platformcore.web.ApiException.FieldError;

class FormErrorsTest {

    private static final Locale VI = WebConfiguration.VIETNAMESE;

    private final ErrorMessages messages = new ErrorMessages(bundle());

    @Test
    void eachMessageStaysWithItsFieldForTheSummaryAndBesideTheInput() {
        FormErrors errors = FormErrors.of(ApiException.invalid(List.of(FieldError.field("rounds[1].endsAt", "round.end"),
                FieldError.field("cccd", "cccd.invalid"), FieldError.field("cccd", "cccd.taken"))), messages, VI);
        assertThat(errors.any()).isTrue();
        assertThat(errors.title()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(errors.all()).extracting(FormErrors.Problem::anchor).containsExactly("rounds-1-endsAt", "cccd", "cccd");
        assertThat(errors.of("cccd")).containsExactly("CCCD sai.", "CCCD đã dùng.");
        assertThat(errors.text("cccd")).isEqualTo("CCCD sai. CCCD đã dùng.");
        assertThat(errors.under("rounds")).containsExactly("Vòng kết thúc sai.");
        assertThat(errors.has("rounds")).as("only the exact field").isFalse();
        assertThat(errors.retryAfterSeconds()).isNull();
        assertThat(errors.toFix()).as("what was typed: a page heads it with the count to fix").isTrue();
        assertThat(errors.withTitle("Còn 3 mục").toFix()).isTrue();
    }

    @Test
    void aRefusalWithoutFieldsIsItsDetailWithTheWaitWhenItEndsByItself() {
        FormErrors errors = FormErrors.of(ApiException.tooManyRequests(30, "limited"), messages, VI);
        assertThat(errors.title()).isEqualTo("Thử quá nhiều lần");
        assertThat(errors.all()).containsExactly(new FormErrors.Problem(null, "Hãy chờ một lát."));
        assertThat(errors.all().getFirst().anchor()).isNull();
        assertThat(errors.retryAfterSeconds()).isEqualTo(30L);
        assertThat(errors.toFix()).as("keeps its own title").isFalse();
    }

    @Test
    void noneHasNothing() {
        assertThat(FormErrors.none().any()).isFalse();
        assertThat(FormErrors.none().text("cccd")).isEmpty();
    }

    private static StaticMessageSource bundle() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.addMessage("input.invalid.title", VI, "Dữ liệu không hợp lệ");
        bundle.addMessage("round.end", VI, "Vòng kết thúc sai.");
        bundle.addMessage("cccd.invalid", VI, "CCCD sai.");
        bundle.addMessage("cccd.taken", VI, "CCCD đã dùng.");
        bundle.addMessage("limited.title", VI, "Thử quá nhiều lần");
        bundle.addMessage("limited.detail", VI, "Hãy chờ một lát.");
        return bundle;
    }
}
