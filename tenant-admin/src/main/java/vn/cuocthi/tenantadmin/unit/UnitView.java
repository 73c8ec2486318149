package vn.cuocthi.tenantadmin.unit;

import vn.cuocthi.platformcore.unit.Unit;

public record UnitView(String code, String name, String parentCode, int headcount, Integer population, String block) {

    UnitInput input() {
        return new UnitInput(code, name, parentCode, headcount, population, block);
    }

    static UnitView of(Unit unit) {
        return new UnitView(unit.code(), unit.name(), unit.parentCode(), unit.headcount(), unit.population(), unit.block());
    }
}
