package vn.cuocthi.tenantadmin.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import vn.cuocthi.platformcore.PersonalNumbers;
import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.contest.CollectiveRules;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.IndividualPrize;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.question.QuestionStore.Availability;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Checks a contest definition and lists every problem at once. A draft may be incomplete but what it says must
 * make sense ({@link #checkDraft}); publication needs it complete and the bank able to fill every exam
 * ({@link #checkPublishable}).
 */
final class ContestValidator {

    /** Characters of the sanitised description and rules: pages of text, not a file pasted in. */
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_RULES = 50_000;
    static final int MAX_LINE = 300;
    static final int MAX_NAME = 100;
    static final int MAX_URL = 2_000;

    private final List<FieldError> errors = new ArrayList<>();
    private final ContestDefinition contest;

    private ContestValidator(ContestDefinition contest) {
        this.contest = contest;
    }

    /** Problems in what a draft says (missing parts are allowed). */
    static List<FieldError> checkDraft(ContestDefinition contest) {
        ContestValidator validator = new ContestValidator(contest);
        validator.values();
        return validator.errors;
    }

    /**
     * Problems in what a draft says, and topic quotas naming a topic none of {@code topics} is (a typing error, or a
     * topic whose questions were all retired): checked when quotas are set, not on every later save of a draft.
     *
     * @param topics the topics of the active questions the contest's groups may draw
     */
    static List<FieldError> checkDraft(ContestDefinition contest, Set<String> topics) {
        ContestValidator validator = new ContestValidator(contest);
        validator.values();
        validator.quotaTopics(topics);
        return validator.errors;
    }

    /**
     * Problems that stop publication: everything {@link #checkDraft} finds, what is missing, and exams the bank cannot
     * fill for a group.
     *
     * @param availability questions a group may draw, by group code
     * @param unitBlocks   the blocks of the province's units (empty when it has no units yet)
     */
    static List<FieldError> checkPublishable(ContestDefinition contest, Map<String, List<Availability>> availability,
                                             int unitCount, Set<String> unitBlocks) {
        ContestValidator validator = new ContestValidator(contest);
        validator.values();
        validator.references();
        validator.completeness(unitCount, unitBlocks);
        Set<String> topics = new HashSet<>();
        availability.values().forEach(pool -> pool.stream().map(Availability::topic).filter(Objects::nonNull).forEach(topics::add));
        Set<String> unknown = validator.quotaTopics(topics);
        validator.bank(availability, unknown);
        return validator.errors;
    }

    private void values() {
        if (contest.name() != null && contest.name().length() > 300) {
            error("name", "contest.name.tooLong");
        }
        if (contest.year() != null && (contest.year() < 2000 || contest.year() > 2100)) {
            error("year", "contest.year.invalid");
        }
        for (int i = 0; i < contest.documents().size(); i++) {
            var document = contest.documents().get(i);
            if (document == null || blank(document.title())) {
                error("documents[" + i + "].title", "contest.document.title");
            }
            if (document == null || !safeLink(document.url())) {
                error("documents[" + i + "].url", "contest.document.url");
            }
        }
        texts();
        rounds();
        groups();
        exam();
        tieBreaks();
        registration();
        prizes();
        collective();
    }

    private void rounds() {
        List<Round> rounds = contest.rounds();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            String at = "rounds[" + i + "]";
            if (round == null) {
                error(at, "contest.round.missing");
                continue;
            }
            if (blank(round.name())) {
                error(at + ".name", "contest.round.name");
            } else if (!names.add(round.name().strip())) {
                error(at + ".name", "contest.round.nameDuplicate", round.name());
            }
            if (round.startsAt() == null) {
                error(at + ".startsAt", "contest.round.startsAt");
            }
            if (round.endsAt() == null) {
                error(at + ".endsAt", "contest.round.endsAt");
            }
            if (round.startsAt() != null && round.endsAt() != null && !round.startsAt().isBefore(round.endsAt())) {
                error(at + ".endsAt", "contest.round.order", round.name());
            }
        }
        List<Integer> timed = IntStream.range(0, rounds.size())
                .filter(i -> rounds.get(i) != null && rounds.get(i).startsAt() != null && rounds.get(i).endsAt() != null)
                .boxed()
                .sorted(Comparator.comparing(i -> rounds.get(i).startsAt()))
                .toList();
        for (int k = 1; k < timed.size(); k++) {
            Round previous = rounds.get(timed.get(k - 1));
            Round next = rounds.get(timed.get(k));
            // rounds may touch (one ends at 24:00, the next starts at 00:00) but not overlap
            if (next.startsAt().isBefore(previous.endsAt())) {
                error("rounds[" + timed.get(k) + "].startsAt", "contest.round.overlap", next.name(), previous.name());
            }
        }
    }

    private void groups() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < contest.groups().size(); i++) {
            ContestantGroup group = contest.groups().get(i);
            String at = "groups[" + i + "]";
            if (group == null || !ContestantGroup.validCode(group.code())) {
                String code = group == null || group.code() == null ? "" : group.code();
                String example = GroupCodes.fromName(code.isBlank() && group != null && group.name() != null ? group.name() : code);
                error(at + ".code", "contest.group.code", code, example.isEmpty() ? "CONG-DAN" : example);
            } else if (!codes.add(group.code())) {
                error(at + ".code", "contest.group.codeDuplicate", group.code());
            }
            if (group != null && blank(group.name())) {
                error(at + ".name", "contest.group.name");
            }
            if (group != null && group.minAge() != null && (group.minAge() < 0 || group.minAge() > 100)) {
                error(at + ".minAge", "contest.group.minAge");
            }
        }
    }

    private void exam() {
        ExamRules exam = contest.exam();
        if (exam == null) {
            return;
        }
        range("exam.questionCount", exam.questionCount(), 1, 200, "contest.exam.questionCount");
        range("exam.timeLimitSeconds", exam.timeLimitSeconds(), 60, 4 * 3600, "contest.exam.timeLimit");
        range("exam.attemptsPerRound", exam.attemptsPerRound(), 1, 1000, "contest.exam.attempts");
        range("exam.attemptsTotal", exam.attemptsTotal(), 1, 10000, "contest.exam.attempts");
        range("exam.pointsPerQuestion", exam.pointsPerQuestion(), 1, 100, "contest.exam.points");
        range("exam.graceSeconds", exam.graceSeconds(), 0, 600, "contest.exam.grace");
        int quotaTotal = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < exam.topicQuotas().size(); i++) {
            ExamRules.TopicQuota quota = exam.topicQuotas().get(i);
            String at = "exam.topicQuotas[" + i + "]";
            if (quota == null || blank(quota.topic())) {
                error(at + ".topic", "contest.quota.topic");
                continue;
            }
            if (!seen.add(quota.topic() + "/" + quota.difficulty())) {
                error(at, "contest.quota.duplicate", quota.topic());
            }
            if (quota.count() == null || quota.count() < 1) {
                error(at + ".count", "contest.quota.count");
            } else {
                quotaTotal += quota.count();
            }
        }
        if (exam.questionCount() != null && quotaTotal > exam.questionCount()) {
            error("exam.topicQuotas", "contest.quota.exceeds", quotaTotal, exam.questionCount());
        }
    }

    private void tieBreaks() {
        List<TieBreak> order = contest.tieBreaks();
        if (new HashSet<>(order).size() != order.size()) {
            error("tieBreaks", "contest.tieBreak.duplicate");
        }
        if (!order.isEmpty() && order.getFirst() != TieBreak.SCORE) {
            error("tieBreaks", "contest.tieBreak.scoreFirst");
        }
    }

    private void registration() {
        RegistrationForm form = contest.registrationFields();
        if (form == null) {
            return;
        }
        Set<RegistrationForm.FieldName> named = new HashSet<>();
        for (int i = 0; i < form.fields().size(); i++) {
            RegistrationForm.Field field = form.fields().get(i);
            if (field == null || field.name() == null) {
                error("registrationFields.fields[" + i + "].name", "contest.registration.unknownField");
            } else if (!named.add(field.name())) {
                error("registrationFields.fields[" + i + "].name", "contest.registration.duplicateField", field.name());
            } else if (Boolean.TRUE.equals(field.required()) && Boolean.FALSE.equals(field.shown())) {
                error("registrationFields.fields[" + i + "]", "contest.registration.requiredHidden", field.name());
            }
        }
        for (int i = 0; i < form.exclusions().size(); i++) {
            RegistrationForm.Exclusion exclusion = form.exclusions().get(i);
            String at = "registrationFields.exclusions[" + i + "]";
            boolean hasCccd = exclusion != null && !blank(exclusion.cccd());
            boolean hasPhone = exclusion != null && !blank(exclusion.phone());
            if (!hasCccd && !hasPhone) {
                error(at, "contest.exclusion.empty");
            }
            // registration's own rule: an excluded number is one a contestant's registration can produce
            if (hasCccd && PersonalNumbers.cccd(exclusion.cccd()).isEmpty()) {
                error(at + ".cccd", "contest.exclusion.cccd", exclusion.cccd());
            }
            if (hasPhone && PersonalNumbers.mobile(exclusion.phone()).isEmpty()) {
                error(at + ".phone", "contest.exclusion.phone", exclusion.phone());
            }
        }
    }

    private void prizes() {
        for (int i = 0; i < contest.prizes().size(); i++) {
            IndividualPrize prize = contest.prizes().get(i);
            String at = "prizes[" + i + "]";
            if (prize == null) {
                error(at, "contest.prize.missing");
                continue;
            }
            for (Integer count : new Integer[] {prize.first(), prize.second(), prize.third(), prize.consolation()}) {
                if (count != null && count < 0) {
                    error(at, "contest.prize.count");
                    break;
                }
            }
        }
    }

    private void collective() {
        CollectiveRules collective = contest.collective();
        if (collective == null) {
            return;
        }
        if (collective.sessionWeight() != null && (collective.sessionWeight() < 0 || collective.sessionWeight() > 1)) {
            error("collective.sessionWeight", "contest.collective.sessionWeight");
        }
        for (int i = 0; i < collective.blocks().size(); i++) {
            CollectiveRules.Block block = collective.blocks().get(i);
            String at = "collective.blocks[" + i + "]";
            if (block == null || blank(block.block())) {
                error(at + ".block", "contest.collective.block");
                continue;
            }
            double participation = block.participationWeight() == null ? 0 : block.participationWeight();
            double score = block.scoreWeight() == null ? 0 : block.scoreWeight();
            if (participation < 0 || score < 0 || Math.abs(participation + score - 1.0) > 1e-9) {
                error(at, "contest.collective.weights", block.block());
            }
            Set<Integer> sizes = new HashSet<>();
            for (int k = 0; k < block.thresholds().size(); k++) {
                CollectiveRules.Threshold threshold = block.thresholds().get(k);
                if (threshold == null || threshold.minRatePercent() == null || threshold.minRatePercent() < 0
                        || threshold.minRatePercent() > 100) {
                    error(at + ".thresholds[" + k + "].minRatePercent", "contest.collective.rate");
                }
                Integer below = threshold == null ? null : threshold.belowHeadcount();
                if (below != null && below < 1) {
                    error(at + ".thresholds[" + k + "].belowHeadcount", "contest.collective.tierSize");
                } else if (threshold != null && !sizes.add(below == null ? -1 : below)) {
                    // two tiers for the same sizes: which one applies would be a guess
                    error(at + ".thresholds[" + k + "].belowHeadcount", "contest.collective.tierTwice", block.block());
                }
            }
            Double population = block.minPopulationRatePercent();
            if (population != null && (population < 0 || population > 100)) {
                error(at + ".minPopulationRatePercent", "contest.collective.rate");
            }
        }
    }

    /** What the parts say about each other: checked at publication, since a draft is filled in bit by bit. */
    private void references() {
        if (contest.tieBreaks().contains(TieBreak.PREDICTION)
                && (contest.prediction() == null || blank(contest.prediction().question()) || contest.prediction().measure() == null)) {
            error("prediction", "contest.prediction.needed");
        }
        Set<String> groups = groupCodes();
        Set<String> rounds = roundNames();
        for (int i = 0; i < contest.prizes().size(); i++) {
            IndividualPrize prize = contest.prizes().get(i);
            if (prize.group() == null || !groups.contains(prize.group())) {
                error("prizes[" + i + "].group", "contest.prize.group", String.valueOf(prize.group()));
            }
            if (prize.round() != null && !rounds.contains(prize.round())) {
                error("prizes[" + i + "].round", "contest.prize.round", prize.round());
            }
        }
    }

    private void completeness(int unitCount, Set<String> unitBlocks) {
        if (blank(contest.name())) {
            error("name", "contest.name.required");
        }
        if (contest.rounds().isEmpty()) {
            error("rounds", "contest.rounds.required");
        }
        if (contest.groups().isEmpty()) {
            error("groups", "contest.groups.required");
        }
        ExamRules exam = contest.exam();
        if (exam == null) {
            error("exam", "contest.exam.required");
        } else {
            required("exam.questionCount", exam.questionCount());
            required("exam.timeLimitSeconds", exam.timeLimitSeconds());
            required("exam.countedAttempt", exam.countedAttempt());
            required("exam.revealAnswers", exam.revealAnswers());
        }
        if (contest.tieBreaks().isEmpty()) {
            error("tieBreaks", "contest.tieBreak.required");
        }
        if (contest.prediction() != null && (blank(contest.prediction().question()) || contest.prediction().measure() == null)) {
            error("prediction", "contest.prediction.incomplete");
        }
        RegistrationForm form = contest.registrationFields();
        if (form == null || form.fields().isEmpty()) {
            error("registrationFields", "contest.registration.required");
        } else {
            if (!form.requires(RegistrationForm.FieldName.FULL_NAME)) {
                error("registrationFields", "contest.registration.fullName");
            }
            if (!form.requires(RegistrationForm.FieldName.CCCD) && !form.requires(RegistrationForm.FieldName.PHONE)) {
                error("registrationFields", "contest.registration.login");
            }
            if (form.shows(RegistrationForm.FieldName.UNIT) && unitCount == 0) {
                error("registrationFields", "contest.registration.noUnits");
            }
            if (contest.groups().size() > 1 && !form.requires(RegistrationForm.FieldName.GROUP)) {
                error("registrationFields", "contest.registration.group");
            }
        }
        if (contest.collective() != null) {
            for (int i = 0; i < contest.collective().blocks().size(); i++) {
                CollectiveRules.Block block = contest.collective().blocks().get(i);
                if (block != null && !blank(block.block()) && !unitBlocks.contains(block.block())) {
                    error("collective.blocks[" + i + "].block", "contest.collective.noUnits", block.block());
                }
            }
        }
    }

    /** Quotas whose topic is not among {@code topics}, each refused by name; returns those topics. */
    private Set<String> quotaTopics(Set<String> topics) {
        Set<String> unknown = new HashSet<>();
        List<ExamRules.TopicQuota> quotas = contest.exam() == null ? List.of() : contest.exam().topicQuotas();
        for (int i = 0; i < quotas.size(); i++) {
            ExamRules.TopicQuota quota = quotas.get(i);
            if (quota != null && !blank(quota.topic()) && !topics.contains(quota.topic())) {
                error("exam.topicQuotas[" + i + "].topic", "contest.quota.unknownTopic", quota.topic());
                unknown.add(quota.topic());
            }
        }
        return unknown;
    }

    /** Exams the bank cannot fill, by group; a quota of an unknown topic is already refused by name. */
    private void bank(Map<String, List<Availability>> availability, Set<String> unknownTopics) {
        ExamRules exam = contest.exam();
        if (exam == null || exam.questionCount() == null) {
            return;
        }
        for (ContestantGroup group : contest.groups()) {
            if (group == null || group.code() == null) {
                continue;
            }
            List<Availability> pool = availability.getOrDefault(group.code(), List.of());
            int total = pool.stream().mapToInt(Availability::available).sum();
            if (total < exam.questionCount()) {
                error("exam.questionCount", "contest.bank.total", group.name(), total, exam.questionCount());
            }
            for (int i = 0; i < exam.topicQuotas().size(); i++) {
                ExamRules.TopicQuota quota = exam.topicQuotas().get(i);
                if (quota == null || quota.topic() == null || quota.count() == null || unknownTopics.contains(quota.topic())) {
                    continue;
                }
                int available = pool.stream()
                        .filter(a -> quota.topic().equals(a.topic()))
                        .filter(a -> quota.difficulty() == null || quota.difficulty() == a.difficulty())
                        .mapToInt(Availability::available).sum();
                if (available < quota.count()) {
                    String topic = quota.difficulty() == null ? quota.topic() : quota.topic() + " (" + quota.difficulty() + ")";
                    error("exam.topicQuotas[" + i + "]", "contest.bank.quota", group.name(), topic, available, quota.count());
                }
            }
        }
    }

    private Set<String> groupCodes() {
        Set<String> codes = new HashSet<>();
        contest.groups().stream().filter(Objects::nonNull).map(ContestantGroup::code).filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }

    private Set<String> roundNames() {
        Set<String> names = new HashSet<>();
        contest.rounds().stream().filter(Objects::nonNull).map(Round::name).filter(Objects::nonNull).map(String::strip).forEach(names::add);
        return names;
    }

    private void range(String field, Integer value, int min, int max, String key) {
        if (value != null && (value < min || value > max)) {
            error(field, key, min, max);
        }
    }

    /**
     * Every free text staff type: no control or bidi characters (the shared rule), and bounded, so a 5 MB
     * description cannot be stored and then sent on every page that shows the contest.
     */
    private void texts() {
        typed("name", contest.name(), TypedText.Kind.LINE, Integer.MAX_VALUE); // its length has its own message
        typed("description", contest.description(), TypedText.Kind.LONG, MAX_DESCRIPTION);
        typed("rules", contest.rules(), TypedText.Kind.LONG, MAX_RULES);
        for (int i = 0; i < contest.documents().size(); i++) {
            var document = contest.documents().get(i);
            if (document != null) {
                typed("documents[" + i + "].title", document.title(), TypedText.Kind.LINE, MAX_LINE);
                typed("documents[" + i + "].url", document.url(), TypedText.Kind.LINE, MAX_URL);
            }
        }
        for (int i = 0; i < contest.rounds().size(); i++) {
            if (contest.rounds().get(i) != null) {
                typed("rounds[" + i + "].name", contest.rounds().get(i).name(), TypedText.Kind.LINE, MAX_NAME);
            }
        }
        for (int i = 0; i < contest.groups().size(); i++) {
            if (contest.groups().get(i) != null) {
                typed("groups[" + i + "].name", contest.groups().get(i).name(), TypedText.Kind.LINE, MAX_NAME);
            }
        }
        if (contest.prediction() != null) {
            typed("prediction.question", contest.prediction().question(), TypedText.Kind.LINE, MAX_LINE);
        }
        RegistrationForm form = contest.registrationFields();
        for (int i = 0; form != null && i < form.exclusions().size(); i++) {
            if (form.exclusions().get(i) != null) {
                typed("registrationFields.exclusions[" + i + "].note", form.exclusions().get(i).note(), TypedText.Kind.LINE, MAX_LINE);
            }
        }
    }

    /**
     * An absolute http(s) link, or a path of the province's own site: "/…" but not "//evil.example/…" or
     * "/\\evil.example" (browsers read both as another host), and no "javascript:" or "data:" link.
     */
    static boolean safeLink(String url) {
        return url != null && url.matches("(?i)https?://[^\\s/\\\\]\\S*|/(?![/\\\\])\\S*");
    }

    private void typed(String field, String value, TypedText.Kind kind, int maxLength) {
        if (value == null) {
            return;
        }
        if (TypedText.refused(value, kind)) {
            error(field, "text.control");
        } else if (value.length() > maxLength) {
            error(field, "text.tooLong", maxLength);
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            error(field, "contest.field.required");
        }
    }

    private void error(String field, String key, Object... arguments) {
        errors.add(FieldError.field(field, key, arguments));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
