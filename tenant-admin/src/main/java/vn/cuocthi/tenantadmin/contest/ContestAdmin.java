package vn.cuocthi.tenantadmin.contest;

import java.time.Clock;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestDefinition.ReferenceDocument;
import vn.cuocthi.platformcore.contest.ContestStatus;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.unit.Unit;
import vn.cuocthi.platformcore.unit.UnitRepository;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ApiException.FieldError;

/**
 * Staff's work on contests: drafts, edits (locked where fairness needs it once a round has started, audited
 * always), publication after a full check.
 */
@Service
public class ContestAdmin {

    /** Rich text staff may use in descriptions and rules: formatting, lists, links, headings; no scripts or styles. */
    private static final Safelist RICH_TEXT = Safelist.basic().addTags("h2", "h3", "h4");

    private final ContestStore contests;
    private final QuestionStore questions;
    private final UnitRepository units;
    private final Clock clock;

    public ContestAdmin(ContestStore contests, QuestionStore questions, UnitRepository units, Clock clock) {
        this.contests = contests;
        this.questions = questions;
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    public Contest create(ContestDefinition definition, String actor) {
        ContestDefinition clean = clean(definition);
        refuseIfInvalid(clean.exam() == null || clean.exam().topicQuotas().isEmpty() ? ContestValidator.checkDraft(clean)
                : ContestValidator.checkDraft(clean, drawableTopics(clean)));
        Contest contest = contests.create(clean);
        contests.audit(contest.id(), "CREATED", actor, null, clean);
        return contest;
    }

    @Transactional(readOnly = true)
    public Contest get(UUID id) {
        return contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<Contest> list() {
        return contests.all();
    }

    @Transactional
    public Contest update(UUID id, ContestDefinition definition, Integer expectedVersion, String actor) {
        Contest current = contests.lock(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw ApiException.conflict("contest.staleVersion", expectedVersion, current.version());
        }
        if (current.status() == ContestStatus.CLOSED || current.status() == ContestStatus.RESULTS_PUBLISHED) {
            throw ApiException.conflict("contest.closed");
        }
        ContestDefinition next = clean(definition);
        refuseIfInvalid(Objects.equals(quotas(current.definition()), quotas(next)) ? ContestValidator.checkDraft(next)
                : ContestValidator.checkDraft(next, drawableTopics(next)));
        if (current.started(clock.instant())) {
            List<FieldError> locked = ContestFairness.lockedChanges(current.definition(), next, clock.instant());
            if (!locked.isEmpty()) {
                throw new ApiException(HttpStatus.CONFLICT, "contest.locked", locked);
            }
        }
        if (current.status() == ContestStatus.PUBLISHED) {
            refuseIfInvalid(publicationProblems(next));
        }
        contests.update(id, next);
        contests.audit(id, "UPDATED", actor, current.definition(), next);
        return get(id);
    }

    /**
     * Changes only the contest's reference documents (an upload or a deletion), through {@link #update}: the same
     * checks and audit, at the version just read under the row lock so a concurrent edit is never lost.
     */
    @Transactional
    public Contest updateDocuments(UUID id, UnaryOperator<List<ReferenceDocument>> change, String actor) {
        Contest current = contests.lock(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        ContestDefinition next = current.definition().withDocuments(change.apply(current.definition().documents()));
        return update(id, next, current.version(), actor);
    }

    /** Publishes a draft after checking everything, or refuses with every problem found. */
    @Transactional
    public Contest publish(UUID id, String actor) {
        Contest current = contests.lock(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
        if (current.status() != ContestStatus.DRAFT) {
            throw ApiException.conflict("contest.alreadyPublished");
        }
        List<FieldError> problems = publicationProblems(current.definition());
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "contest.notPublishable", problems);
        }
        contests.snapshotUnits(id);
        contests.publish(id);
        contests.audit(id, "PUBLISHED", actor, null, null);
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<ContestStore.AuditEntry> auditTrail(UUID id) {
        get(id);
        return contests.auditTrail(id);
    }

    /** What stops {@code definition} from being published (the publish page lists it as a checklist before "Công bố"). */
    List<FieldError> publicationProblems(ContestDefinition definition) {
        Map<String, List<QuestionStore.Availability>> availability = new HashMap<>();
        for (ContestantGroup group : definition.groups()) {
            if (group != null && group.code() != null) {
                availability.put(group.code(), questions.availability(group.code()));
            }
        }
        List<Unit> all = units.findAll();
        Set<String> blocks = all.stream().map(Unit::block).filter(Objects::nonNull).collect(Collectors.toSet());
        return ContestValidator.checkPublishable(definition, availability, all.size(), blocks);
    }

    /** Topics of the active questions the contest's groups may draw; any active question's while it has no groups. */
    private Set<String> drawableTopics(ContestDefinition definition) {
        List<String> groups = definition.groups().stream().filter(Objects::nonNull).map(ContestantGroup::code)
                .filter(Objects::nonNull).toList();
        if (groups.isEmpty()) {
            return questions.activeTopics();
        }
        return groups.stream().flatMap(group -> questions.availability(group).stream())
                .map(QuestionStore.Availability::topic).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static List<ExamRules.TopicQuota> quotas(ContestDefinition definition) {
        return definition.exam() == null ? List.of() : definition.exam().topicQuotas();
    }

    private static void refuseIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** Sanitised rich text, trimmed names. */
    static ContestDefinition clean(ContestDefinition definition) {
        if (definition == null) {
            throw ApiException.invalid(List.of(FieldError.field("", "contest.body.required")));
        }
        List<Round> rounds = definition.rounds().stream()
                .map(round -> new Round(strip(round.name()), round.startsAt(), round.endsAt()))
                .toList();
        return definition.withName(strip(definition.name())).withDescription(sanitize(definition.description()))
                .withRules(sanitize(definition.rules())).withRounds(rounds);
    }

    private static String sanitize(String html) {
        return html == null ? null : Normalizer.normalize(Jsoup.clean(html, RICH_TEXT), Normalizer.Form.NFC);
    }

    private static String strip(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
