package vn.cuocthi.tenantadmin.personal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.personal.PersonalRecords;
import vn.cuocthi.platformcore.personal.Retention;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.platformcore.web.ErrorMessages;

/**
 * The console's page for a person's request about their data: the admin looks the registration up by the CCCD or
 * phone the person gives (posted, so the number never lands in a URL or an access log), sees and downloads what is
 * held, and erases it with the reason. The same {@link PersonalRecords} as the API, audited alike.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class PersonalDataPagesController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ContestStore contests;
    private final PersonalRecords records;
    private final Retention retention;
    private final ErrorMessages errors;
    private final JsonMapper json;

    PersonalDataPagesController(ContestStore contests, PersonalRecords records, Retention retention,
                                ErrorMessages errors, JsonMapper json) {
        this.contests = contests;
        this.records = records;
        this.retention = retention;
        this.errors = errors;
        this.json = json;
    }

    @GetMapping("/admin/contests/{id}/personal-data")
    String page(@PathVariable UUID id, Model model) {
        return page(contest(id), null, List.of(), model);
    }

    @PostMapping("/admin/contests/{id}/personal-data")
    String search(@PathVariable UUID id, @RequestParam(required = false) String login, Authentication staff, Model model) {
        Contest contest = contest(id);
        List<Map<String, Object>> found = login == null ? List.of() : records.find(id, login).stream()
                .map(contestant -> records.export(id, contestant, staff.getName()))
                .flatMap(Optional::stream).map(PersonalDataPagesController::shown).toList();
        return page(contest, login == null ? "" : login, found, model);
    }

    @GetMapping("/admin/contests/{id}/personal-data/{contestantId}/export.json")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID contestantId, Authentication staff) {
        contest(id);
        Map<String, Object> data = records.export(id, contestantId, staff.getName())
                .orElseThrow(() -> ApiException.notFound("results.contestant.notFound", contestantId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("du-lieu-ca-nhan-" + contestantId + ".json", StandardCharsets.UTF_8).build().toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
    }

    @PostMapping("/admin/contests/{id}/personal-data/{contestantId}/erase")
    String erase(@PathVariable UUID id, @PathVariable UUID contestantId, @RequestParam(required = false) String reason,
                 Authentication staff, Locale locale, RedirectAttributes redirect) {
        contest(id);
        try {
            PersonalDataController.erase(records, id, contestantId, reason, staff.getName());
            redirect.addFlashAttribute("erased", true);
        } catch (ApiException e) {
            redirect.addFlashAttribute("problemTitle", errors.title(e, locale));
            redirect.addFlashAttribute("problems", errors.describe(e, locale));
        }
        return "redirect:/admin/contests/" + id + "/personal-data";
    }

    /** The export with its dates as people read them (Vietnam time, day first). */
    private static Map<String, Object> shown(Map<String, Object> exported) {
        Map<String, Object> person = new LinkedHashMap<>(exported);
        Object birth = exported.get("birth_date");
        person.put("birthDateShown", birth == null ? null : LocalDate.parse((String) birth).format(DAY));
        person.put("registeredAtShown", Instant.parse((String) exported.get("registeredAt"))
                .atZone(VietnamTime.ZONE).format(MINUTE));
        return person;
    }

    private String page(Contest contest, String login, List<Map<String, Object>> found, Model model) {
        model.addAttribute("contest", contest);
        model.addAttribute("canPublish", true); // the page is the admin's: the navigation shows its own link
        model.addAttribute("login", login);
        model.addAttribute("found", found);
        model.addAttribute("retentionMonths", retention.months(contest));
        model.addAttribute("keptUntil", retention.keptUntil(contest).orElse(null));
        return "admin/personal-data";
    }

    private Contest contest(UUID id) {
        return contests.find(id).orElseThrow(() -> ApiException.notFound("contest.notFound", id));
    }
}
