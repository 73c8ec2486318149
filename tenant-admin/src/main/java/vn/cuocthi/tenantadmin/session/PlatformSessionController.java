package vn.cuocthi.tenantadmin.session;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.web.HostScoped;

/** The operator's view of collective sessions: expected contestants per hour over every province. */
@Tag(name = "Operator", description = "Provinces (tenants) and the fleet")
@RestController
@HostScoped(HostScoped.Scope.PLATFORM)
class PlatformSessionController {

    private final PlatformSessionLoad load;

    PlatformSessionController(PlatformSessionLoad load) {
        this.load = load;
    }

    @Operation(summary = "Expected contestants per hour (Vietnam time) in all provinces' collective sessions, for capacity planning",
            description = "from and to: ISO-8601 instants with offset, at most 62 days apart; cancelled sessions left out")
    @GetMapping("/api/v1/platform/sessions/hourly")
    PlatformSessionLoad.Plan hourly(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return load.hourly(from, to);
    }
}
