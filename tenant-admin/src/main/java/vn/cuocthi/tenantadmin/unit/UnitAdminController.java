package vn.cuocthi.tenantadmin.unit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.web.HostScoped;

/** Staff API for the province's units with staff headcounts and prize blocks. */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/admin/units")
class UnitAdminController {

    private final UnitAdmin units;

    UnitAdminController(UnitAdmin units) {
        this.units = units;
    }

    @GetMapping
    List<UnitView> list() {
        return units.list();
    }

    @PutMapping
    List<UnitView> replace(@RequestBody List<UnitInput> body) {
        return units.replace(body);
    }
}
