package vn.cuocthi.tenantadmin.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.ranking.CountedAttempts;
import vn.cuocthi.platformcore.ranking.RankedAttempt;
import vn.cuocthi.platformcore.ranking.RoundFigure;
import vn.cuocthi.platformcore.ranking.RoundFigures;
import vn.cuocthi.platformcore.ranking.Standing;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * The individual ranking for staff, per round (1-based) or overall, per group or every group: computed in
 * PostgreSQL by the one ranking definition ({@link CountedAttempts}), with prizes from the rules' tiers. Rounds
 * that have closed get their prediction figure frozen before ranking, so the order uses it.
 */
@Service
public class Results {

    static final int MAX_PAGE_SIZE = 500;

    private final ContestStore contests;
    private final CountedAttempts counted;
    private final RoundFigures figures;

    Results(ContestStore contests, CountedAttempts counted, RoundFigures figures) {
        this.contests = contests;
        this.counted = counted;
        this.figures = figures;
    }

    public ResultsPage page(UUID contestId, Integer round, String group, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.field("page", "results.page.invalid"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(FieldError.field("size", "results.size.invalid", MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Scope scope = scope(contestId, round, group);
        Map<Integer, RoundFigure> frozen = figures.frozen(scope.contest());
        long total = counted.count(scope.contest(), scope.roundIndex(), scope.group());
        List<ResultRow> rows = counted.page(scope.contest(), scope.roundIndex(), scope.group(), (long) page * size, size)
                .stream().map(scope.rows()).toList();
        RoundFigure figure = scope.roundIndex() == null ? null : frozen.get(scope.roundIndex());
        Contest contest = scope.contest();
        return new ResultsPage(contestId, round, scope.roundIndex() == null ? null : contest.definition().rounds().get(scope.roundIndex()).name(),
                scope.group(), contest.definition().tieBreaks(), Figure.of(figure), frozen.values().stream().map(Figure::of).toList(),
                scope.roundIndex() != null && RoundFigures.applies(contest) && figure == null,
                rows, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Every row of a round's (or the overall) ranking in order, one at a time, read with a database cursor: for
     * exports of any size. {@code round} is 1-based, null for overall; {@code group} null for every group.
     */
    public void stream(UUID contestId, Integer round, String group, Consumer<ResultRow> each) {
        Scope scope = scope(contestId, round, group);
        figures.frozen(scope.contest());
        counted.stream(scope.contest(), scope.roundIndex(), scope.group(), standing -> each.accept(scope.rows().apply(standing)));
    }

    private Scope scope(UUID contestId, Integer round, String group) {
        Contest contest = contests.find(contestId).orElseThrow(() -> ApiException.notFound("contest.notFound", contestId));
        if (round != null) {
            requireRound(contest, round);
        }
        String groupCode = group == null || group.isBlank() ? null : group.strip();
        if (groupCode != null && contest.definition().groups().stream().noneMatch(g -> g.code().equals(groupCode))) {
            throw ApiException.notFound("results.groupNotFound", groupCode);
        }
        Integer roundIndex = round == null ? null : round - 1;
        PrizeTiers prizes = PrizeTiers.of(contest, roundIndex);
        Map<String, String> groupNames = contest.definition().groups().stream()
                .collect(Collectors.toMap(ContestantGroup::code, ContestantGroup::name, (a, b) -> a));
        Function<Standing, ResultRow> rows = standing -> row(standing, groupNames, prizes);
        return new Scope(contest, roundIndex, groupCode, rows);
    }

    /** 404 for a round (1-based) the contest does not have. */
    static void requireRound(Contest contest, int round) {
        if (round < 1 || round > contest.definition().rounds().size()) {
            throw ApiException.notFound("results.roundNotFound", round);
        }
    }

    private static ResultRow row(Standing standing, Map<String, String> groupNames, PrizeTiers prizes) {
        RankedAttempt attempt = standing.attempt();
        return new ResultRow(attempt.contestantId(), standing.rank(), standing.fullName(),
                standing.unitCode() == null ? null : new ResultRow.Ref(standing.unitCode(), standing.unitName()),
                new ResultRow.Ref(attempt.groupCode(), groupNames.get(attempt.groupCode())), attempt.score(),
                attempt.maxScore(), attempt.prediction(), attempt.predictionDistance(), attempt.durationMs(),
                VietnamTime.of(attempt.submittedAt()), prizes.prize(attempt.groupCode(), standing.rank()),
                standing.verifiedAt() == null ? ResultRow.Verification.UNVERIFIED : ResultRow.Verification.VERIFIED);
    }

    private record Scope(Contest contest, Integer roundIndex, String group, Function<Standing, ResultRow> rows) {
    }
}
