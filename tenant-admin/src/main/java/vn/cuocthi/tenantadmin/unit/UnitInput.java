package vn.cuocthi.tenantadmin.unit;

/** One unit as staff send it ({@code PUT /api/v1/admin/units}). */
public record UnitInput(String code, String name, String parentCode, Integer headcount, Integer population, String block) {
}
