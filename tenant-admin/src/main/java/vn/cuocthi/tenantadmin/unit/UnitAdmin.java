package vn.cuocthi.tenantadmin.unit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.unit.Unit;
import vn.cuocthi.platformcore.unit.UnitRepository;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/** The province's unit list, replaced as a whole: either the new list is valid and stored, or nothing changes. */
@Service
public class UnitAdmin {

    private final UnitRepository units;
    private final JdbcClient jdbc;

    public UnitAdmin(UnitRepository units, JdbcClient jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<UnitView> list() {
        return units.findAllByOrderByCodeAsc().stream().map(UnitView::of).toList();
    }

    @Transactional
    public List<UnitView> replace(List<UnitInput> input) {
        return replace(input, null);
    }

    /** As {@link #replace(List)}, with problems reported at the file rows the units came from. */
    @Transactional
    public List<UnitView> replace(List<UnitInput> input, java.util.function.IntUnaryOperator rowOf) {
        List<UnitInput> valid = UnitListValidator.validate(input, rowOf);
        lock();
        units.deleteAllUnits();
        units.flush();
        units.saveAll(valid.stream()
                .map(unit -> new Unit(unit.code(), unit.name(), unit.parentCode(), unit.headcount(), unit.population(), unit.block()))
                .toList());
        return list();
    }

    /**
     * Adds a unit, or changes the one whose code was {@code originalCode} (its code may change too), checking the
     * whole list as {@link #replace(List)} does. Problems of that unit are reported at its own fields ({@code name},
     * not {@code [12].name}); problems it causes elsewhere keep their place in the list.
     */
    @Transactional
    public List<UnitView> save(String originalCode, UnitInput unit) {
        lock();
        List<UnitInput> next = new ArrayList<>();
        int at = -1;
        for (UnitView existing : list()) {
            if (existing.code().equals(originalCode)) {
                at = next.size();
                next.add(unit);
            } else {
                next.add(existing.input());
            }
        }
        if (originalCode != null && !originalCode.isBlank() && at < 0) {
            throw ApiException.notFound("unit.notFound", originalCode);
        }
        if (at < 0) {
            at = next.size();
            next.add(unit);
        }
        String prefix = "[" + at + "].";
        try {
            return replace(next);
        } catch (ApiException e) {
            throw ApiException.invalid(e.errors().stream().map(error -> error.field() != null && error.field().startsWith(prefix)
                    ? FieldError.field(error.field().substring(prefix.length()), error.key(), error.arguments().toArray())
                    : error).toList());
        }
    }

    /** Removes a unit; refused, with nothing changed, while other units name it as their parent. */
    @Transactional
    public List<UnitView> delete(String code) {
        lock();
        List<UnitView> all = list();
        if (all.stream().noneMatch(unit -> unit.code().equals(code))) {
            throw ApiException.notFound("unit.notFound", code);
        }
        long children = all.stream().filter(unit -> code.equals(unit.parentCode())).count();
        if (children > 0) {
            throw ApiException.invalid(List.of(FieldError.field("code", "unit.hasChildren", code, children)));
        }
        return replace(all.stream().filter(unit -> !unit.code().equals(code)).map(UnitView::input).toList());
    }

    /** Two staff saving at once: one whole list wins, never a mix of both. */
    private void lock() {
        jdbc.sql("lock table unit in share row exclusive mode").update();
    }
}
