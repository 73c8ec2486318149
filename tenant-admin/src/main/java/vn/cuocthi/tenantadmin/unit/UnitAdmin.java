package vn.cuocthi.tenantadmin.unit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.unit.Unit;
import vn.cuocthi.platformcore.unit.UnitRepository;

/** The province's unit list, replaced as a whole: either the new list is valid and stored, or nothing changes. */
@Service
public class UnitAdmin {

    private final UnitRepository units;

    public UnitAdmin(UnitRepository units) {
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<UnitView> list() {
        return units.findAllByOrderByCodeAsc().stream().map(UnitView::of).toList();
    }

    @Transactional
    public List<UnitView> replace(List<UnitInput> input) {
        List<UnitInput> valid = UnitListValidator.validate(input);
        units.deleteAllUnits();
        units.flush();
        units.saveAll(valid.stream()
                .map(unit -> new Unit(unit.code(), unit.name(), unit.parentCode(), unit.headcount(), unit.population(), unit.block()))
                .toList());
        return list();
    }
}
