package vn.cuocthi.quizruntime;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;

/** A refusal on a contestant's page (an unknown contest, someone else's attempt) as a page in the reader's language. */
@ControllerAdvice(assignableTypes = ContestantPage.class)
class ContestantPageErrors {

    private final ErrorMessages errors;

    ContestantPageErrors(ErrorMessages errors) {
        this.errors = errors;
    }

    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        e.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", Long.toString(seconds)));
        model.addAttribute("status", e.status().value());
        model.addAttribute("title", errors.title(e, locale));
        model.addAttribute("detail", String.join(" ", errors.describe(e, locale)));
        return "errors/refused";
    }
}
