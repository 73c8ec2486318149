package vn.cuocthi.platformcore.contest;

import java.util.List;
import java.util.Optional;

import vn.cuocthi.platformcore.PersonalNumbers;

/** Which registration fields are shown and required, and who may not take part. */
public record RegistrationForm(List<Field> fields, List<Exclusion> exclusions) {

    public RegistrationForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    /** Whether the form asks for the field: listed and not hidden (a required field always counts as shown). */
    public boolean shows(FieldName name) {
        return fields.stream().anyMatch(field -> field != null && field.name() == name
                && (!Boolean.FALSE.equals(field.shown()) || Boolean.TRUE.equals(field.required())));
    }

    public boolean requires(FieldName name) {
        return fields.stream().anyMatch(field -> field != null && field.name() == name && Boolean.TRUE.equals(field.required()));
    }

    /** The excluded CCCDs as registrations store them (normalized), whatever way staff typed them. */
    public List<String> excludedCccds() {
        return exclusions.stream().map(exclusion -> exclusion == null ? Optional.<String>empty() : PersonalNumbers.cccd(exclusion.cccd()))
                .flatMap(Optional::stream).toList();
    }

    /** The excluded mobile numbers as registrations store them. */
    public List<String> excludedPhones() {
        return exclusions.stream().map(exclusion -> exclusion == null ? Optional.<String>empty() : PersonalNumbers.mobile(exclusion.phone()))
                .flatMap(Optional::stream).toList();
    }

    public enum FieldName {
        FULL_NAME,
        CCCD,
        PHONE,
        EMAIL,
        BIRTH_DATE,
        GENDER,
        ADDRESS,
        UNIT,
        /** The commune, ward or township where a citizen lives, from the province's official list. */
        RESIDENCE,
        GROUP
    }

    public record Field(FieldName name, Boolean shown, Boolean required) {
    }

    /** Organisers, question writers, judges: excluded by CCCD or phone. */
    public record Exclusion(String cccd, String phone, String note) {
    }
}
