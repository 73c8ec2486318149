package vn.cuocthi.quizruntime.contest;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.unit.Localities;
import vn.cuocthi.platformcore.web.HostScoped;

/** Public API of the province's published contests. */
@RestController
@Tag(name = "Contests (public)", description = "Published contests as contestants see them")
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/contests")
class PublicContestController {

    private final PublicContests contests;
    private final Localities localities;

    PublicContestController(PublicContests contests, Localities localities) {
        this.contests = contests;
        this.localities = localities;
    }

    @Operation(summary = "Published contests of the province with their state", description = "Without description and rules: read one contest for them")
    @GetMapping
    List<PublicContestView> list() {
        return contests.list();
    }

    @Operation(summary = "A published contest: schedule, groups, units, registration fields, rules and documents")
    @GetMapping("/{id}")
    PublicContestView get(@PathVariable UUID id) {
        return contests.get(id);
    }

    @Operation(summary = "The communes, wards and townships a registration's residenceCode is chosen from",
            description = "The province's full official list (General Statistics Office), by district then name")
    @GetMapping("/{id}/localities")
    List<Localities.Locality> localities(@PathVariable UUID id) {
        contests.get(id);
        return localities.of(TenantContext.require().name());
    }
}
