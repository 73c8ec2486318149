package vn.cuocthi.platformcore;

/** The parts of the product one node serves; production scales runtime nodes on their own. */
public enum AppRole {
    /** Contestants: registration, exams, leaderboards, public pages. */
    RUNTIME,
    /** Operator and provincial staff: onboarding, contests, question banks, units, results. */
    ADMIN,
    /** Everything in one process (the default, and what a laptop runs). */
    BOTH;

    public boolean serves(AppRole part) {
        return this == BOTH || this == part;
    }
}
