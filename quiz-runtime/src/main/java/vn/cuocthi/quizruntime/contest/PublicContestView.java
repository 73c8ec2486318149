package vn.cuocthi.quizruntime.contest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestState;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.Round;

/**
 * A published contest for the public (API.md): schedule, groups, units, registration fields, rules and documents.
 * Only what the rules announce about exams (count, time, attempts); never quotas' inner workings or answers.
 */
public record PublicContestView(
        UUID id,
        String name,
        Integer year,
        ContestState state,
        Round currentRound,
        Round nextRound,
        List<Round> rounds,
        List<Group> groups,
        List<Unit> units,
        List<RegistrationForm.Field> registrationFields,
        Exam exam,
        String predictionQuestion,
        String description,
        String rules,
        List<ContestDefinition.ReferenceDocument> documents) {

    public record Group(String code, String name, Integer minAge) {
    }

    public record Unit(String code, String name, String parentCode) {
    }

    public record Exam(Integer questionCount, Integer timeLimitSeconds, Integer attemptsPerRound, Integer attemptsTotal,
                       ExamRules.CountedAttempt countedAttempt) {
    }

    /** For the list: the description and rules (up to 70,000 characters) are read with one contest, not with all. */
    PublicContestView withoutLongTexts() {
        return new PublicContestView(id, name, year, state, currentRound, nextRound, rounds, groups, units, registrationFields,
                exam, predictionQuestion, null, null, documents);
    }

    static PublicContestView of(Contest contest, List<ContestStore.ContestUnit> units, Instant now) {
        ContestDefinition d = contest.definition();
        ExamRules exam = d.exam();
        return new PublicContestView(contest.id(), d.name(), d.year(), contest.stateAt(now),
                contest.currentRound(now).orElse(null), contest.nextRound(now).orElse(null), d.rounds(),
                d.groups().stream().map(g -> new Group(g.code(), g.name(), g.minAge())).toList(),
                units.stream().map(u -> new Unit(u.code(), u.name(), u.parentCode())).toList(),
                d.registrationFields() == null ? List.of() : d.registrationFields().fields(),
                exam == null ? null : new Exam(exam.questionCount(), exam.timeLimitSeconds(), exam.attemptsPerRound(),
                        exam.attemptsTotal(), exam.countedAttempt()),
                d.prediction() == null ? null : d.prediction().question(),
                d.description(), d.rules(), d.documents());
    }
}
