package vn.cuocthi.platformcore.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers a request refused before it reaches a controller (unknown province, suspended province, missing
 * credentials): RFC 9457 problem details for API clients, a Vietnamese page (or English) for people.
 */
@ConditionalOnWebApplication
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SpringTemplateEngine templates;
    private final ObjectMapper json;

    public ProblemResponses(MessageSource messages, LocaleResolver locales, SpringTemplateEngine templates, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.templates = templates;
        this.json = json;
    }

    /**
     * @param key message key: {@code <key>.title} and {@code <key>.detail} are looked up, the detail with the
     *            named arguments (as {0}, {1}, ... in the order given) filled in
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                      Map<String, String> arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Object[] args = arguments.values().toArray();
        String title = messages.getMessage(key + ".title", args, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(key + ".detail", args, "", locale);
        response.setStatus(status.value());
        if (wantsHtml(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            var application = JakartaServletWebApplication.buildApplication(request.getServletContext());
            var context = new WebContext(application.buildExchange(request, response), locale);
            context.setVariable("status", status.value());
            context.setVariable("title", title);
            context.setVariable("detail", detail);
            context.setVariable("arguments", arguments);
            templates.process("errors/refused", context, response.getWriter());
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", title);
            body.put("status", status.value());
            body.put("detail", detail);
            body.put("instance", request.getRequestURI());
            body.put("code", key);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        }
    }

    /** People's browsers ask for HTML first; API clients, curl and scripts do not. */
    static boolean wantsHtml(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }
}
