package vn.cuocthi.platformcore.contest;

import java.util.List;

/**
 * Everything staff configure about a contest, kept as one document (API.md names the fields). Validation lives
 * with the staff module; the exam engine reads it as published.
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

    /** A reference document contestants read before the exam: a link, or a file the province uploaded. */
    public record ReferenceDocument(String title, String url) {
    }
}
