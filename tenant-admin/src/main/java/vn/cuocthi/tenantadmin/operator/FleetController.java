package vn.cuocthi.tenantadmin.operator;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.onboarding.TenantEvents;

/** What the operator's console shows, for scripts too: the fleet's live activity and the operators' audit. */
@Tag(name = "Operator", description = "Provinces (tenants) and the fleet")
@RestController
@HostScoped(HostScoped.Scope.PLATFORM)
class FleetController {

    private final FleetActivity activity;
    private final TenantEvents events;

    FleetController(FleetActivity activity, TenantEvents events) {
        this.activity = activity;
        this.events = events;
    }

    @Operation(summary = "Every province with its status, contests, exams in progress and submissions in the last minute and hour")
    @GetMapping("/api/v1/platform/activity")
    FleetActivity.Fleet activity() {
        return activity.now();
    }

    @Operation(summary = "The operators' audit: onboarding steps, suspensions and resumptions with their reasons, newest first (at most 500)")
    @GetMapping("/api/v1/platform/audit")
    List<TenantEvents.TenantEvent> audit(@RequestParam(required = false) String province) {
        return events.latest(province == null || province.isBlank() ? null : province);
    }
}
