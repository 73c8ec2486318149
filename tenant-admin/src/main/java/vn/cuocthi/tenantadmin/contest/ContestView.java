package vn.cuocthi.tenantadmin.contest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestStatus;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.IndividualPrize;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;

/** A contest as the staff API shows it: its definition's fields plus id, status and version. */
public record ContestView(
        UUID id,
        ContestStatus status,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime publishedAt,
        String name,
        Integer year,
        String description,
        String rules,
        List<ContestDefinition.ReferenceDocument> documents,
        List<Round> rounds,
        List<ContestantGroup> groups,
        ExamRules exam,
        Prediction prediction,
        List<TieBreak> tieBreaks,
        RegistrationForm registrationFields,
        List<IndividualPrize> prizes,
        CollectiveRules collective) {

    /** For the list: the description and rules (up to 70,000 characters) are read with one contest, not with all. */
    ContestView withoutLongTexts() {
        return new ContestView(id, status, version, createdAt, updatedAt, publishedAt, name, year, null, null, documents, rounds,
                groups, exam, prediction, tieBreaks, registrationFields, prizes, collective);
    }

    static ContestView of(Contest contest) {
        ContestDefinition d = contest.definition();
        return new ContestView(contest.id(), contest.status(), contest.version(), VietnamTime.of(contest.createdAt()),
                VietnamTime.of(contest.updatedAt()), VietnamTime.of(contest.publishedAt()), d.name(), d.year(),
                d.description(), d.rules(), d.documents(), d.rounds(), d.groups(), d.exam(), d.prediction(), d.tieBreaks(),
                d.registrationFields(), d.prizes(), d.collective());
    }
}
