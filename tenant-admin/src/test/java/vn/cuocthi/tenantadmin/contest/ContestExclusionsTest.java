package vn.cuocthi.tenantadmin.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/** The exclusion list accepts exactly the numbers a registration can produce (PersonalNumbers is both's rule). */
class ContestExclusionsTest {

    @Test
    void numbersWrittenAsContestantsWriteThemAreAccepted() {
        assertThat(problems(new RegistrationForm.Exclusion("001 090 000 001", null, "BTC"),
                new RegistrationForm.Exclusion(null, "+84 912 345 678", "Người ra đề"),
                new RegistrationForm.Exclusion(null, "0381.234.567", null))).isEmpty();
    }

    @Test
    void landlinesAndNumbersNoRegistrationCanHaveAreRefused() {
        List<FieldError> problems = problems(new RegistrationForm.Exclusion(null, "0243823456", "số bàn"),
                new RegistrationForm.Exclusion(null, "024 3823 4567", null),
                new RegistrationForm.Exclusion("00109000000", null, null));
        assertThat(problems).extracting(FieldError::field).containsExactly("registrationFields.exclusions[0].phone",
                "registrationFields.exclusions[1].phone", "registrationFields.exclusions[2].cccd");
        assertThat(problems).extracting(FieldError::key).containsExactly("contest.exclusion.phone",
                "contest.exclusion.phone", "contest.exclusion.cccd");
    }

    @Test
    void thePhoneListAcceptsExactlyWhatARegistrationCanProduce() {
        for (String typed : List.of("0912345678", "+84912345678", "84 912 345 678", "(+84) 38-123-4567", "0243823456",
                "+84243823456", "0612345678", "091234567", "09123456789", "01234567890")) {
            boolean accepted = problems(new RegistrationForm.Exclusion(null, typed, null)).isEmpty();
            assertThat(accepted).as(typed).isEqualTo(PersonalNumbers.mobile(typed).isPresent());
        }
    }

    private static List<FieldError> problems(RegistrationForm.Exclusion... exclusions) {
        RegistrationForm form = new RegistrationForm(List.of(), List.of(exclusions));
        return ContestValidator.checkDraft(ContestDefinition.empty().withRegistrationFields(form));
    }
}
