package vn.cuocthi.tenantadmin.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.RegistrationForm.FieldName;

/**
 * A group's minimum age can only be checked when registration asks for the birth date and the group: the
 * registration step warns (it does not refuse: a province may check ages by hand) about each of the two it does
 * not require (the group only when there are several to choose from).
 */
final class AgeCheck {

    private AgeCheck() {
    }

    /** The fields ({@code BIRTH_DATE}, {@code GROUP}) the form should require but does not, when a group has a minimum age. */
    static List<String> missing(List<ContestantGroup> groups, ContestForm.Registration registration) {
        boolean ages = groups.stream().filter(Objects::nonNull).anyMatch(g -> g.minAge() != null && g.minAge() > 0);
        List<String> missing = new ArrayList<>();
        if (!ages) {
            return missing;
        }
        // with one group there is nothing to choose, so only the birth date matters
        List<FieldName> needs = groups.size() > 1 ? List.of(FieldName.BIRTH_DATE, FieldName.GROUP) : List.of(FieldName.BIRTH_DATE);
        for (FieldName needed : needs) {
            boolean required = registration.fields().stream().anyMatch(f -> f.name().equals(needed.name()) && f.required());
            if (!required) {
                missing.add(needed.name());
            }
        }
        return missing;
    }
}
