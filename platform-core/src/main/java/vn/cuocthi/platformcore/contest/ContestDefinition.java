package vn.cuocthi.platformcore.contest;

import java.util.List;

/**
 * Everything staff configure about a contest, kept as one document (API.md names the fields). Validation lives
 * with the staff module; the exam engine reads it as published. Code changes one part with a {@code with…}
 * method rather than the positional constructor, so that a new rule is added in this file only.
 */
public record ContestDefinition(
        String name,
        Integer year,
        String description,
        String rules,
        List<ReferenceDocument> documents,
        List<Round> rounds,
        List<ContestantGroup> groups,
        ExamRules exam,
        Prediction prediction,
        List<TieBreak> tieBreaks,
        RegistrationForm registrationFields,
        List<IndividualPrize> prizes,
        CollectiveRules collective) {

    public ContestDefinition {
        documents = documents == null ? List.of() : List.copyOf(documents);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        groups = groups == null ? List.of() : List.copyOf(groups);
        tieBreaks = tieBreaks == null ? List.of() : List.copyOf(tieBreaks);
        prizes = prizes == null ? List.of() : List.copyOf(prizes);
    }

    private static final ContestDefinition EMPTY = new ContestDefinition(null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    /** A draft with nothing set yet; build on it with the {@code with…} methods. */
    public static ContestDefinition empty() {
        return EMPTY;
    }

    // One copy per component, the only positional constructions: a new rule is added here and nowhere else.

    public ContestDefinition withName(String name) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withYear(Integer year) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withDescription(String description) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withRules(String rules) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withDocuments(List<ReferenceDocument> documents) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withRounds(List<Round> rounds) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withGroups(List<ContestantGroup> groups) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withExam(ExamRules exam) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withPrediction(Prediction prediction) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withTieBreaks(List<TieBreak> tieBreaks) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withRegistrationFields(RegistrationForm registrationFields) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withPrizes(List<IndividualPrize> prizes) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    public ContestDefinition withCollective(CollectiveRules collective) {
        return new ContestDefinition(name, year, description, rules, documents, rounds, groups, exam, prediction,
                tieBreaks, registrationFields, prizes, collective);
    }

    /** A reference document contestants read before the exam: a link, or a file the province uploaded. */
    public record ReferenceDocument(String title, String url) {
    }
}
