package vn.cuocthi.platformcore.contest;

/**
 * A group of contestants (e.g. CBCCVC, citizens) with its own question pool (questions tagged with this code, plus
 * those in no pool), its own prizes and an optional minimum age.
 */
public record ContestantGroup(String code, String name, Integer minAge) {
}
