package vn.cuocthi.tenantadmin.contest;

import vn.cuocthi.platformcore.personal.Retention;

/**
 * The registration step's retention field as typed: how many months after the last round the contestants' personal
 * data is kept. Blank means the platform's default (the contest then follows it if the default changes).
 */
record RetentionInput(String typed) {

    static final String FIELD = "retentionMonths";

    boolean valid() {
        if (blank()) {
            return true;
        }
        try {
            return Retention.allowed(Integer.valueOf(typed.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The months to save: null for the default. Only for a {@link #valid()} input. */
    Integer months() {
        return blank() ? null : Integer.valueOf(typed.strip());
    }

    private boolean blank() {
        return typed == null || typed.isBlank();
    }
}
