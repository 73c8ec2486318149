package vn.cuocthi.tenantadmin.contest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestDefinition;
import vn.cuocthi.platformcore.contest.ContestantGroup;
import vn.cuocthi.platformcore.contest.ExamRules;
import vn.cuocthi.platformcore.contest.Prediction;
import vn.cuocthi.platformcore.contest.RegistrationForm;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.contest.TieBreak;
import vn.cuocthi.platformcore.personal.Retention;
import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.QuestionStore;
import vn.cuocthi.platformcore.security.StaffRoles;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The contest wizard: one page per step, each saved through {@link ContestAdmin} exactly as the API saves it (same
 * checks, same locks once a round has started, same version guard, same audit). A refused step is shown again as
 * typed, with every problem next to its field and listed at the top; nothing is saved. Adding or removing a row
 * is a submit button, so it works without JavaScript.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ContestWizardController {

    private static final ContestDefinition NEW_CONTEST = ContestDefinition.empty();

    private final ContestAdmin contests;
    private final ContestDocuments documents;
    private final QuestionStore questions;
    private final ErrorMessages errors;
    private final MessageSource messages;
    private final Retention retention;
    private final Clock clock;

    ContestWizardController(ContestAdmin contests, ContestDocuments documents, QuestionStore questions, ErrorMessages errors,
                            MessageSource messages, Retention retention, Clock clock) {
        this.contests = contests;
        this.documents = documents;
        this.questions = questions;
        this.errors = errors;
        this.messages = messages;
        this.retention = retention;
        this.clock = clock;
    }

    /** The retention is the province admin's alone (as in the API); an editor sees it without a field to change it. */
    @ModelAttribute("canSetRetention")
    boolean canSetRetention(Authentication staff) {
        return StaffRoles.holds(staff, StaffRoles.PROVINCE_ADMIN);
    }

    @GetMapping("/admin/contests/new")
    String start(Model model) {
        return render(null, WizardStep.GENERAL, ContestForm.of(NEW_CONTEST, year()), FormErrors.none(), null, model);
    }

    @PostMapping("/admin/contests/new")
    String create(@RequestParam MultiValueMap<String, String> params, Authentication staff, Locale locale, Model model,
                  RedirectAttributes redirect) {
        ContestFormReader reader = reader(params, locale);
        ContestForm form = reader.read(WizardStep.GENERAL, ContestForm.of(NEW_CONTEST, year()));
        if (reader.editsRows()) {
            return render(null, WizardStep.GENERAL, form, FormErrors.none(), null, model);
        }
        form = ContestFormReader.withoutBlankRows(form);
        ContestDefinition definition = reader.apply(WizardStep.GENERAL, form, NEW_CONTEST);
        List<FormErrors.Problem> problems = new ArrayList<>(reader.problems());
        if (form.general().name().isBlank()) {
            // the API accepts a nameless draft; a console list of nameless contests helps nobody
            problems.addFirst(new FormErrors.Problem("name", message("contest.name.required", locale)));
        }
        if (!problems.isEmpty()) {
            return render(null, WizardStep.GENERAL, form, invalid(problems, locale), null, model);
        }
        try {
            Contest contest = contests.create(definition, staff.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/contests/" + contest.id() + "/edit/" + WizardStep.SCHEDULE.slug();
        } catch (ApiException e) {
            return render(null, WizardStep.GENERAL, form, FormErrors.of(e, errors, locale), null, model);
        }
    }

    @GetMapping("/admin/contests/{id}/edit")
    String firstStep(@PathVariable UUID id) {
        return "redirect:/admin/contests/" + id + "/edit/" + WizardStep.GENERAL.slug();
    }

    @GetMapping("/admin/contests/{id}/edit/{step}")
    String edit(@PathVariable UUID id, @PathVariable String step, Model model) {
        Contest contest = contests.get(id);
        return render(contest, step(step), ContestForm.of(contest.definition(), year()), FormErrors.none(), contest.version(), model);
    }

    @PostMapping("/admin/contests/{id}/edit/{step}")
    String save(@PathVariable UUID id, @PathVariable String step, @RequestParam MultiValueMap<String, String> params,
                Authentication staff, Locale locale, Model model, RedirectAttributes redirect) {
        WizardStep current = step(step);
        Contest contest = contests.get(id);
        Integer version = version(params.getFirst("version"));
        ContestFormReader reader = reader(params, locale);
        ContestForm form = reader.read(current, ContestForm.of(contest.definition(), year()));
        RetentionInput kept = current == WizardStep.REGISTRATION && canSetRetention(staff)
                && params.containsKey(RetentionInput.FIELD) ? new RetentionInput(params.getFirst(RetentionInput.FIELD)) : null;
        if (kept != null) {
            model.addAttribute(RetentionInput.FIELD, kept.typed()); // shown again as typed
        }
        if (current == WizardStep.SCHEDULE && params.containsKey("weekly")) {
            return weekly(contest, form, params.getFirst("weeklyCount"), version, locale, model);
        }
        if (reader.editsRows()) {
            return render(contest, current, form, FormErrors.none(), version, model);
        }
        form = ContestFormReader.withoutBlankRows(form);
        ContestDefinition next = reader.apply(current, form, contest.definition());
        List<FormErrors.Problem> problems = new ArrayList<>(reader.problems());
        if (kept != null && !kept.valid()) {
            problems.add(new FormErrors.Problem(RetentionInput.FIELD, messages.getMessage("personalData.retention.range",
                    new Object[] {Retention.MIN_MONTHS, Retention.MAX_MONTHS}, locale)));
        }
        if (!problems.isEmpty()) {
            return render(contest, current, form, invalid(problems, locale), version, model);
        }
        try {
            contests.update(id, next, version, staff.getName());
            if (kept != null) {
                retention.setMonths(id, kept.months());
            }
        } catch (ApiException e) {
            if ("contest.staleVersion".equals(e.key())) {
                model.addAttribute("reload", true);
            }
            return render(contest, current, form, FormErrors.of(e, errors, locale), version, model);
        }
        redirect.addFlashAttribute("saved", true);
        if ("stay".equals(params.getFirst("action"))) {
            return "redirect:/admin/contests/" + id + "/edit/" + current.slug();
        }
        return current.next().map(after -> "redirect:/admin/contests/" + id + "/edit/" + after.slug())
                .orElse("redirect:/admin/contests/" + id);
    }

    /** The schedule step with its rows replaced by n weekly rounds from this Monday; nothing is saved yet. */
    private String weekly(Contest contest, ContestForm form, String count, Integer version, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return WeeklyRounds.of(count, today, week -> messages.getMessage("console.wizard.weekName", new Object[] {week}, locale))
                .map(rounds -> {
                    model.addAttribute("generated", rounds.size());
                    model.addAttribute("weeklyCount", count);
                    return render(contest, WizardStep.SCHEDULE, form.withRounds(rounds), FormErrors.none(), version, model);
                })
                .orElseGet(() -> render(contest, WizardStep.SCHEDULE, form, invalid(List.of(new FormErrors.Problem("weeklyCount",
                        messages.getMessage("console.wizard.weeklyCount.invalid", new Object[] {WeeklyRounds.MAX}, locale))), locale),
                        version, model));
    }

    private String render(Contest contest, WizardStep step, ContestForm form, FormErrors problems, Integer version, Model model) {
        ContestDefinition definition = contest == null ? NEW_CONTEST : contest.definition();
        model.addAttribute("contest", contest);
        model.addAttribute("step", step);
        model.addAttribute("steps", WizardStep.values());
        model.addAttribute("form", form.withStarterRows());
        model.addAttribute("errors", problems);
        model.addAttribute("version", version);
        model.addAttribute("action", contest == null ? "/admin/contests/new" : "/admin/contests/" + contest.id() + "/edit/" + step.slug());
        model.addAttribute("locked", contest != null && contest.started(clock.instant()));
        model.addAttribute("groupCodes", definition.groups().stream().filter(Objects::nonNull).map(ContestantGroup::code)
                .filter(Objects::nonNull).toList());
        // prize tables name groups as staff call them; the code stays the option's value
        Map<String, String> groupNames = new java.util.LinkedHashMap<>();
        definition.groups().stream().filter(g -> g != null && g.code() != null)
                .forEach(g -> groupNames.put(g.code(), g.name() == null || g.name().isBlank() ? g.code() : g.name()));
        model.addAttribute("groupNames", groupNames);
        if (step == WizardStep.REGISTRATION) {
            model.addAttribute("ageWarnings", AgeCheck.missing(definition.groups(), form.registration()));
            retention(contest, model);
        }
        model.addAttribute("roundNames", definition.rounds().stream().filter(Objects::nonNull).map(Round::name)
                .filter(Objects::nonNull).toList());
        model.addAttribute("countedAttempts", ExamRules.CountedAttempt.values());
        model.addAttribute("reveals", ExamRules.AnswerReveal.values());
        model.addAttribute("difficulties", Difficulty.values());
        model.addAttribute("measures", Prediction.Measure.values());
        model.addAttribute("tieBreakChoices", TieBreak.values());
        model.addAttribute("fieldNames", RegistrationForm.FieldName.values());
        if (step == WizardStep.GENERAL && contest != null) {
            model.addAttribute("uploads", documents.list(contest.id()));
            model.addAttribute("maxUploadMegabytes", ContestDocuments.MAX_BYTES / (1024 * 1024));
        }
        if (step == WizardStep.EXAM) {
            model.addAttribute("topics", topics(definition));
        }
        return "admin/contest-wizard";
    }

    /** The contest's retention in months (unless a refused value is shown again), the default and the purge date. */
    private void retention(Contest contest, Model model) {
        if (contest == null) {
            return;
        }
        if (!model.containsAttribute(RetentionInput.FIELD)) {
            model.addAttribute(RetentionInput.FIELD, String.valueOf(retention.months(contest)));
        }
        model.addAttribute("retentionDefault", retention.defaultMonths());
        model.addAttribute("retentionMin", Retention.MIN_MONTHS);
        model.addAttribute("retentionMax", Retention.MAX_MONTHS);
        model.addAttribute("erasedOn", retention.erasedOn(contest).orElse(null));
    }

    /** The bank's topics with how many questions each group could draw from them, to pick quotas from. */
    private Map<String, Integer> topics(ContestDefinition definition) {
        String group = definition.groups().stream().filter(Objects::nonNull).map(ContestantGroup::code)
                .filter(Objects::nonNull).findFirst().orElse("");
        Map<String, Integer> topics = new TreeMap<>();
        for (QuestionStore.Availability available : questions.availability(group)) {
            if (available.topic() != null) {
                topics.merge(available.topic(), available.available(), Integer::sum);
            }
        }
        return topics;
    }

    private FormErrors invalid(List<FormErrors.Problem> problems, Locale locale) {
        return FormErrors.of(message("input.invalid.title", locale), problems);
    }

    private ContestFormReader reader(MultiValueMap<String, String> params, Locale locale) {
        return new ContestFormReader(params, (key, argument) -> messages.getMessage(key, new Object[] {argument}, key, locale));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private int year() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
    }

    private static WizardStep step(String slug) {
        return WizardStep.of(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Integer version(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
