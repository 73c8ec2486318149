package vn.cuocthi.tenantadmin.unit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Checks a whole unit list before anything is written and reports every problem at once: codes present and
 * unique, names present, headcounts and populations not negative, parents in the list, no cycles.
 */
final class UnitListValidator {

    static final int MAX_UNITS = 10_000;

    private UnitListValidator() {
    }

    /** Returns the list cleaned (trimmed, NFC, blank parent as none) or throws with every error found. */
    static List<UnitInput> validate(List<UnitInput> units) {
        return validate(units, null);
    }

    /**
     * As {@link #validate(List)}, reporting each problem at the file row the unit came from ({@code rowOf} maps a
     * list index to its row) instead of at a JSON field.
     */
    static List<UnitInput> validate(List<UnitInput> units, java.util.function.IntUnaryOperator rowOf) {
        List<FieldError> found = validateAll(units);
        if (found.isEmpty()) {
            return clean(units);
        }
        if (rowOf == null) {
            throw ApiException.invalid(found);
        }
        throw ApiException.invalid(found.stream().map(error -> {
            int index = indexOf(error.field());
            return index < 0 ? error : FieldError.line(rowOf.applyAsInt(index), error.key(), error.arguments().toArray());
        }).toList());
    }

    private static int indexOf(String field) {
        if (field == null || !field.startsWith("[")) {
            return -1;
        }
        return Integer.parseInt(field.substring(1, field.indexOf(']')));
    }

    private static List<UnitInput> clean(List<UnitInput> units) {
        return units.stream().map(unit -> new UnitInput(clean(unit.code()), clean(unit.name()), clean(unit.parentCode()),
                unit.headcount(), unit.population(), clean(unit.block()))).toList();
    }

    private static List<FieldError> validateAll(List<UnitInput> units) {
        List<FieldError> errors = new ArrayList<>();
        if (units.size() > MAX_UNITS) {
            return List.of(FieldError.field("units", "units.tooMany", units.size(), MAX_UNITS));
        }
        List<UnitInput> cleaned = new ArrayList<>(units.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            UnitInput unit = units.get(i);
            String at = "[" + i + "]";
            if (unit == null) {
                errors.add(FieldError.field(at, "unit.code.invalid"));
                continue;
            }
            refuseControls(at + ".code", unit.code(), errors);
            refuseControls(at + ".name", unit.name(), errors);
            refuseControls(at + ".parentCode", unit.parentCode(), errors);
            refuseControls(at + ".block", unit.block(), errors);
            String code = clean(unit.code());
            String name = clean(unit.name());
            String parent = clean(unit.parentCode());
            if (code == null || code.length() > 50) {
                errors.add(FieldError.field(at + ".code", "unit.code.invalid"));
            } else if (!seen.add(code)) {
                errors.add(FieldError.field(at + ".code", "unit.code.duplicate", code));
            }
            if (name == null || name.length() > 300) {
                errors.add(FieldError.field(at + ".name", "unit.name.invalid"));
            }
            if (unit.headcount() == null || unit.headcount() < 0) {
                errors.add(FieldError.field(at + ".headcount", "unit.headcount.invalid"));
            }
            if (unit.population() != null && unit.population() < 0) {
                errors.add(FieldError.field(at + ".population", "unit.population.invalid"));
            }
            cleaned.add(new UnitInput(code, name, parent, unit.headcount(), unit.population(), clean(unit.block())));
        }
        checkParents(cleaned, seen, errors);
        return errors;
    }

    private static void checkParents(List<UnitInput> units, Set<String> codes, List<FieldError> errors) {
        Map<String, String> parentOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            UnitInput unit = units.get(i);
            if (unit.parentCode() == null) {
                continue;
            }
            if (!codes.contains(unit.parentCode())) {
                errors.add(FieldError.field("[" + i + "].parentCode", "unit.parent.unknown", unit.parentCode()));
            } else if (unit.code() != null) {
                parentOf.put(unit.code(), unit.parentCode());
            }
        }
        for (int i = 0; i < units.size(); i++) {
            String start = units.get(i).code();
            if (start == null || !parentOf.containsKey(start)) {
                continue;
            }
            String current = parentOf.get(start);
            for (int steps = 0; current != null && steps <= parentOf.size(); steps++) {
                if (current.equals(start)) {
                    errors.add(FieldError.field("[" + i + "].parentCode", "unit.parent.cycle", start));
                    break;
                }
                current = parentOf.get(current);
            }
        }
    }

    /** Unit names appear on public rankings: control and bidi characters are refused as in any typed text. */
    private static void refuseControls(String field, String value, List<FieldError> errors) {
        if (TypedText.refused(value, TypedText.Kind.LINE)) {
            errors.add(FieldError.field(field, "text.control"));
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }
}
