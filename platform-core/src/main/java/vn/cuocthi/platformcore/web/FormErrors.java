package vn.cuocthi.platformcore.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A refused form's problems for a page, staff console and contestants' pages alike: a title and every message,
 * each kept with the field it is about (the API's field path, e.g. {@code rounds[1].endsAt}) so that the page shows
 * it next to that field and, all together, in the summary at the top. A refusal without field errors (a rate limit,
 * a duplicate person) is the title and its detail, with the wait when the refusal ends by itself.
 */
public final class FormErrors {

    /** One message and the field it belongs to (null: the form as a whole). */
    public record Problem(String field, String message) {

        /** The id of the input the summary links to: the field path with anything but letters and digits as "-". */
        public String anchor() {
            return field == null || field.isBlank() ? null : FormErrors.id(field);
        }
    }

    private static final FormErrors NONE = new FormErrors(null, List.of(), null, false);

    private final String title;
    private final List<Problem> problems;
    private final Long retryAfterSeconds;
    private final boolean toFix;

    private FormErrors(String title, List<Problem> problems, Long retryAfterSeconds, boolean toFix) {
        this.title = title;
        this.problems = List.copyOf(problems);
        this.retryAfterSeconds = retryAfterSeconds;
        this.toFix = toFix;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** A page's own checks of what was typed: each problem is something to fix ({@link #toFix()}). */
    public static FormErrors of(String title, List<Problem> problems) {
        return new FormErrors(title, problems, null, true);
    }

    /** The service's refusal: its title, and one problem per field error (or its detail when it names none). */
    public static FormErrors of(ApiException e, ErrorMessages messages, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        if (e.errors().isEmpty()) {
            messages.describe(e, locale).forEach(message -> problems.add(new Problem(null, message)));
        } else {
            List<String> described = messages.describe(e, locale);
            for (int i = 0; i < e.errors().size(); i++) {
                problems.add(new Problem(e.errors().get(i).field(), described.get(i)));
            }
        }
        return new FormErrors(messages.title(e, locale), problems,
                e.retryAfterSeconds().isPresent() ? e.retryAfterSeconds().getAsLong() : null, "input.invalid".equals(e.key()));
    }

    /** The same problems under another title (a page's own wording for the API's generic one). */
    public FormErrors withTitle(String otherTitle) {
        return new FormErrors(otherTitle, problems, retryAfterSeconds, toFix);
    }

    /** The HTML id for a field path: {@code rounds[1].endsAt} is {@code rounds-1-endsAt}. */
    public static String id(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** {@link #id(String)}, for templates. */
    public String idOf(String field) {
        return id(field);
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public String title() {
        return title;
    }

    /**
     * Whether the refusal is what was typed ({@code input.invalid}), so that a page may head it with how many
     * items are left to fix rather than the API's "Dữ liệu không hợp lệ"; a rate limit or a locked contest keeps
     * its own title.
     */
    public boolean toFix() {
        return toFix;
    }

    public List<Problem> all() {
        return problems;
    }

    /** How long until the refusal ends by itself (a rate limit), or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Messages about exactly this field. */
    public List<String> of(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(Problem::message).toList();
    }

    /** The messages about exactly this field as one text, for a page that shows one line beside the field. */
    public String text(String field) {
        return String.join(" ", of(field));
    }

    /** Messages about this field or anything inside it ({@code exam.topicQuotas} covers {@code exam.topicQuotas[2].count}). */
    public List<String> under(String field) {
        return problems.stream().filter(p -> p.field() != null
                        && (p.field().equals(field) || p.field().startsWith(field + ".") || p.field().startsWith(field + "[")))
                .map(Problem::message).toList();
    }

    public boolean has(String field) {
        return !of(field).isEmpty();
    }
}
