package vn.cuocthi.tenantadmin.contest;

import java.util.Arrays;
import java.util.Optional;

/** The contest wizard's steps, in the order staff fill them in; each is one page at {@code /admin/contests/{id}/edit/<slug>}. */
public enum WizardStep {
    GENERAL("general"),
    SCHEDULE("schedule"),
    GROUPS("groups"),
    EXAM("exam"),
    RANKING("ranking"),
    REGISTRATION("registration"),
    PRIZES("prizes");

    private final String slug;

    WizardStep(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public int number() {
        return ordinal() + 1;
    }

    /** The step after this one, or none after the last. */
    public Optional<WizardStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    static Optional<WizardStep> of(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }
}
