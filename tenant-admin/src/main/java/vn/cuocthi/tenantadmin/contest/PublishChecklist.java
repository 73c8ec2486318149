package vn.cuocthi.tenantadmin.contest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.web.ApiException.FieldError;
import vn.cuocthi.platformcore.web.ErrorMessages;

/**
 * The publish page's checklist: the problems publication would refuse ({@link ContestAdmin#publicationProblems}),
 * sorted into the parts of the contest staff think in, each ok or missing with the wizard step that fixes it. A part
 * can be missing with no refusal (no rules text, no prizes): publication allows it, but a contest seldom wants it.
 */
final class PublishChecklist {

    /** One part: its message key suffix, whether it is ready, the problems found in it and the step to fix it in. */
    record Item(String key, boolean ok, List<String> problems, WizardStep step) {
    }

    private record Part(String key, WizardStep step, List<String> fields, Predicate<ContestDefinition> present) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("rounds", WizardStep.SCHEDULE, List.of("rounds"), d -> !d.rounds().isEmpty()),
            new Part("groups", WizardStep.GROUPS, List.of("groups"), d -> !d.groups().isEmpty()),
            new Part("questions", WizardStep.EXAM, List.of("exam"), d -> d.exam() != null),
            new Part("ranking", WizardStep.RANKING, List.of("tieBreaks", "prediction"), d -> !d.tieBreaks().isEmpty()),
            new Part("registration", WizardStep.REGISTRATION, List.of("registrationFields"), d -> d.registrationFields() != null),
            new Part("prizes", WizardStep.PRIZES, List.of("prizes", "collective"), d -> !d.prizes().isEmpty()),
            // last: whatever no other part claims (the name, the year, the documents) is fixed in the first step
            new Part("general", WizardStep.GENERAL, List.of(), d -> d.rules() != null && !d.rules().isBlank()));

    private PublishChecklist() {
    }

    static List<Item> of(ContestDefinition definition, List<FieldError> problems, ErrorMessages messages, Locale locale) {
        Map<Part, List<String>> found = new LinkedHashMap<>();
        PARTS.forEach(part -> found.put(part, new ArrayList<>()));
        for (FieldError problem : problems) {
            found.get(partOf(problem.field())).add(messages.message(problem, locale));
        }
        return PARTS.stream().map(part -> new Item(part.key(), found.get(part).isEmpty() && part.present().test(definition),
                found.get(part), part.step())).toList();
    }

    private static Part partOf(String field) {
        String name = field == null ? "" : field;
        return PARTS.stream().filter(part -> part.fields().stream().anyMatch(prefix -> name.equals(prefix)
                || name.startsWith(prefix + ".") || name.startsWith(prefix + "["))).findFirst().orElse(PARTS.getLast());
    }
}
