package vn.cuocthi.quizruntime.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;

/**
 * A refused form, for its page: the summary at the top (each message links to its field) and the message beside
 * each field. A refusal without field errors (a rate limit, a duplicate person) is the summary's title and detail,
 * with the wait when the refusal ends by itself.
 *
 * @param retryAfterSeconds null unless the refusal was a rate limit
 */
public record FormErrors(String title, List<Item> summary, Map<String, String> byField, Long retryAfterSeconds) {

    public record Item(String field, String message) {
    }

    public static FormErrors of(ApiException e, ErrorMessages messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<Item> summary = new ArrayList<>();
        for (ApiException.FieldError error : e.errors()) {
            String message = messages.message(error, locale);
            summary.add(new Item(error.field(), message));
            if (error.field() != null) {
                byField.merge(error.field(), message, (first, next) -> first + " " + next);
            }
        }
        if (summary.isEmpty()) {
            messages.describe(e, locale).forEach(message -> summary.add(new Item(null, message)));
        }
        return new FormErrors(messages.title(e, locale), summary, byField,
                e.retryAfterSeconds().isPresent() ? e.retryAfterSeconds().getAsLong() : null);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }
}
