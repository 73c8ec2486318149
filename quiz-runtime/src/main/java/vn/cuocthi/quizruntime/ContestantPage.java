package vn.cuocthi.quizruntime;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;

/**
 * Marks the controllers of contestants' pages, so that a refusal of the engine ({@code ApiException}) thrown there
 * becomes a Vietnamese page ({@link ContestantPageErrors}) rather than problem details.
 */
public interface ContestantPage {

    /**
     * A refusal a page shows in its form: the response gets the refusal's status (and Retry-After for a rate limit),
     * the form its errors.
     */
    default FormErrors refused(ApiException e, HttpServletResponse response, ErrorMessages messages, Locale locale) {
        response.setStatus(e.status().value());
        e.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", Long.toString(seconds)));
        FormErrors errors = FormErrors.of(e, messages, locale);
        if ("input.invalid".equals(e.key())) {
            // "Dữ liệu không hợp lệ" is for machines; a person is told how many things are left to do
            return errors.withTitle(messages.text("runtime.form.invalid.title", locale, errors.all().size()));
        }
        return errors;
    }
}
