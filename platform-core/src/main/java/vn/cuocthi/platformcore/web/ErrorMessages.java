package vn.cuocthi.platformcore.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An {@link ApiException}'s errors as sentences for a page, in the reader's language ("Dòng 6: …"). */
@Component
public class ErrorMessages {

    private final MessageSource messages;

    public ErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** A page's own sentence about a refusal (e.g. how many fields are left), in the reader's language. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public String title(ApiException e, Locale locale) {
        return messages.getMessage(e.key() + ".title", e.arguments(), e.key(), locale);
    }

    /** One error's message, without its field or line: the API and the console pages word it the same. */
    public String message(ApiException.FieldError error, Locale locale) {
        return messages.getMessage(error.key(), error.arguments().toArray(), error.key(), locale);
    }

    public List<String> describe(ApiException e, Locale locale) {
        if (e.errors().isEmpty()) {
            return List.of(messages.getMessage(e.key() + ".detail", e.arguments(), e.key(), locale));
        }
        return e.errors().stream().map(error -> {
            String message = message(error, locale);
            if (error.line() != null) {
                return messages.getMessage("page.line", new Object[] {error.line()}, "Line " + error.line(), locale) + ": " + message;
            }
            return message;
        }).toList();
    }
}
