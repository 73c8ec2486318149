package vn.cuocthi.tenantadmin.results;

/** The individual prize tiers of the rules, best first. */
public enum Prize {
    FIRST,
    SECOND,
    THIRD,
    CONSOLATION
}
