package vn.cuocthi.quizruntime.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.web.ApiException.FieldError;
import vn.cuocthi.quizruntime.account.BirthDates;
import vn.cuocthi.quizruntime.account.RegistrationRequest;

/**
 * Coverage-guided fuzzing (Jazzer) of the contestants' payloads as the API reads them: a registration and an
 * autosave's answer, from raw JSON bytes through Jackson into the request records, then the checks a registration's
 * fields pass (typed text, CCCD, phone, birth date). Only clear outcomes pass: a Jackson error (the API's 400
 * {@code input.unreadable}), or values the checks accept or refuse with a field error; nothing else is thrown and
 * no input takes more than a few seconds. The seeds (PayloadFuzzTestInputs) are a
 * valid and a hostile registration and an answer. bin/test fuzzes it for a bounded time in its own JVM (quiz-runtime's pom).
 */
class PayloadFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** Per input; generous for a loaded 2-core machine, still far below a hang. */
    private static final Duration PER_INPUT = Duration.ofSeconds(5);

    static {
        // Jackson's first use loads (and under the fuzzer instruments) its classes: not to be timed as an input
        JSON.readValue("{\"optionIds\":[]}", AttemptController.Answer.class);
        JSON.readValue("{\"fullName\":\"An\"}", RegistrationRequest.class);
    }

    @FuzzTest(maxDuration = "20s")
    void registrationsAndAnswersAreReadOrRefusedClearly(byte[] data) {
        if (data.length == 0) {
            return;
        }
        boolean answer = (data[0] & 1) == 1;
        byte[] body = java.util.Arrays.copyOfRange(data, 1, data.length);
        assertTimeoutPreemptively(PER_INPUT, () -> {
            if (answer) {
                answer(body);
            } else {
                registration(body);
            }
        });
    }

    private static void answer(byte[] body) {
        AttemptController.Answer read;
        try {
            read = JSON.readValue(body, AttemptController.Answer.class);
        } catch (JacksonException unreadable) {
            return;
        }
        if (read != null && read.optionIds() != null) {
            assertThat(read.optionIds().size()).isLessThanOrEqualTo(body.length);
        }
    }

    private static void registration(byte[] body) {
        RegistrationRequest read;
        try {
            read = JSON.readValue(body, RegistrationRequest.class);
        } catch (JacksonException unreadable) {
            return;
        }
        if (read == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String typed : new String[] {read.fullName(), read.address(), read.email(), read.group(), read.unitCode()}) {
            String checked = TypedText.check("field", typed, TypedText.Kind.LINE, 500, errors);
            if (checked != null) {
                assertThat(TypedText.refused(checked, TypedText.Kind.LINE)).isFalse();
            }
        }
        PersonalNumbers.cccd(read.cccd()).ifPresent(cccd -> assertThat(cccd).matches("\\d{12}"));
        PersonalNumbers.mobile(read.phone()).ifPresent(phone -> assertThat(phone).matches("0\\d{9}"));
        BirthDates.parse(read.birthDate(), TODAY).ifPresent(date -> assertThat(date).isBefore(TODAY.plusDays(1)));
    }
}
