package vn.cuocthi.tenantadmin.results;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStatus;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.ranking.Announcements;
import vn.cuocthi.platformcore.ranking.ResultsAnnouncement;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.tenantadmin.collective.CollectiveRankings;

/**
 * Staff publish a round's results once it has closed: the prize winners of every group and the collective winners
 * of every block are copied, as they stand now, into the round's announcement, which the province site shows. The
 * copy is what was announced: a later disqualification changes the ranking, not the announcement, until staff
 * publish again (each publication is audited with the announcement before and after).
 */
@Service
public class Publication {

    static final String ACTION = "RESULTS_PUBLISHED";

    private final ContestStore contests;
    private final Results results;
    private final CollectiveRankings collective;
    private final Announcements announcements;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Publication(ContestStore contests, Results results, CollectiveRankings collective, Announcements announcements,
                TransactionTemplate transactions, Clock clock) {
        this.contests = contests;
        this.results = results;
        this.collective = collective;
        this.announcements = announcements;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param round 1-based */
    public ResultsAnnouncement publish(UUID contestId, int round, String actor) {
        Contest contest = contests.find(contestId).orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        Results.requireRound(contest, round);
        if (contest.status() == ContestStatus.DRAFT) {
            throw ApiException.conflict("results.publish.draft");
        }
        Round closing = contest.definition().rounds().get(round - 1);
        Integer grace = contest.definition().exam() == null ? null : contest.definition().exam().graceSeconds();
        if (clock.instant().isBefore(closing.endsAt().toInstant().plusSeconds(grace == null ? 0 : grace))) {
            throw ApiException.conflict("results.publish.notClosed", closing.name());
        }
        return transactions.execute(tx -> {
            contests.lock(contestId);
            ResultsAnnouncement before = announcements.find(contestId, round).orElse(null);
            ResultsAnnouncement after = announcement(contest, round, actor, clock.instant());
            announcements.save(contestId, after);
            contests.audit(contestId, ACTION, actor, before, after);
            return after;
        });
    }

    /**
     * The ranking whose winners a round announces: its own, except in a contest of one round whose prizes are named
     * for the whole contest (Cao Bằng's, Bắc Giang's), where the overall ranking is that round's exams anyway.
     */
    static Integer scope(Contest contest, int round) {
        String name = contest.definition().rounds().get(round - 1).name();
        boolean ownTiers = contest.definition().prizes().stream().anyMatch(prize -> prize != null && name.equals(prize.round()));
        return contest.definition().rounds().size() == 1 && !ownTiers ? null : round;
    }

    public List<ResultsAnnouncement> published(UUID contestId) {
        return announcements.all(contestId);
    }

    private ResultsAnnouncement announcement(Contest contest, int round, String actor, Instant now) {
        Integer scope = scope(contest, round);
        ResultsPage first = results.page(contest.id(), round, null, 0, 1);
        List<ResultsAnnouncement.GroupWinners> groups = contest.definition().groups().stream()
                .map(group -> new ResultsAnnouncement.GroupWinners(group.code(), group.name(),
                        results.page(contest.id(), scope, group.code(), 0, Results.MAX_PAGE_SIZE).content().stream()
                                .filter(row -> row.prize() != null)
                                .map(row -> new ResultsAnnouncement.Winner(row.rank(), row.prize().name(), row.contestantId(),
                                        row.name(), row.unit() == null ? null : row.unit().name(), row.score(), row.maxScore()))
                                .toList()))
                .toList();
        List<ResultsAnnouncement.BlockWinners> blocks = collective.winners(contest.id(), scope);
        return new ResultsAnnouncement(round, contest.definition().rounds().get(round - 1).name(), now, actor,
                first.figure() == null ? null : first.figure().value(), groups, blocks);
    }
}
