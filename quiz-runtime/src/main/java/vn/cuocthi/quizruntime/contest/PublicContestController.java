package vn.cuocthi.quizruntime.contest;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.web.HostScoped;

/** Public API of the province's published contests. */
@RestController
@HostScoped(HostScoped.Scope.PROVINCE)
@RequestMapping("/api/v1/contests")
class PublicContestController {

    private final PublicContests contests;

    PublicContestController(PublicContests contests) {
        this.contests = contests;
    }

    @GetMapping
    List<PublicContestView> list() {
        return contests.list();
    }

    @GetMapping("/{id}")
    PublicContestView get(@PathVariable UUID id) {
        return contests.get(id);
    }
}
