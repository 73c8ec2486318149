package vn.cuocthi.quizruntime.contest;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.web.ApiException;

/** The province's published contests as contestants see them (never drafts). */
@Service
public class PublicContests {

    private final ContestStore contests;
    private final Clock clock;

    public PublicContests(ContestStore contests, Clock clock) {
        this.contests = contests;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PublicContestView> list() {
        return contests.published().stream().map(contest -> PublicContestView.of(contest, List.of(), clock.instant()).withoutLongTexts()).toList();
    }

    @Transactional(readOnly = true)
    public PublicContestView get(UUID id) {
        Contest contest = contests.findPublished(id)
                .orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        return PublicContestView.of(contest, contests.units(id), clock.instant());
    }
}
