package vn.cuocthi.tenantadmin.unit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.unit.Unit;
import vn.cuocthi.platformcore.unit.UnitRepository;

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
        // two staff saving at once: one whole list wins, never a mix of both
        jdbc.sql("lock table unit in share row exclusive mode").update();
        units.deleteAllUnits();
        units.flush();
        units.saveAll(valid.stream()
                .map(unit -> new Unit(unit.code(), unit.name(), unit.parentCode(), unit.headcount(), unit.population(), unit.block()))
                .toList());
        return list();
    }
}
