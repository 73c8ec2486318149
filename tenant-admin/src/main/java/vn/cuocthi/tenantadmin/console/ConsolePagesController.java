package vn.cuocthi.tenantadmin.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.contest.ContestAdmin;
import vn.cuocthi.tenantadmin.contest.ContestSharing;
import vn.cuocthi.tenantadmin.questionbank.QuestionBank;
import vn.cuocthi.tenantadmin.questionbank.QuestionImport;
import vn.cuocthi.tenantadmin.questionbank.importing.QuestionFormat;

/**
 * Console pages for the question bank (browse, import with the error report in place) and for a contest (publish
 * with every problem listed in place, sharing). The same services as the API: nothing here decides anything new.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class ConsolePagesController {

    private final QuestionBank bank;
    private final QuestionImport importer;
    private final ContestAdmin contests;
    private final ContestSharing sharing;
    private final ErrorMessages errors;

    ConsolePagesController(QuestionBank bank, QuestionImport importer, ContestAdmin contests, ContestSharing sharing,
                           ErrorMessages errors) {
        this.bank = bank;
        this.importer = importer;
        this.contests = contests;
        this.sharing = sharing;
        this.errors = errors;
    }

    @GetMapping("/admin/questions")
    String questions(@RequestParam(required = false) String topic, @RequestParam(required = false) String text, Model model) {
        model.addAttribute("province", TenantContext.require());
        model.addAttribute("formats", List.of(QuestionFormat.values()));
        model.addAttribute("topic", topic);
        model.addAttribute("text", text);
        model.addAttribute("questions", bank.search(topic, text, 0, 50));
        return "admin/questions";
    }

    @PostMapping("/admin/questions/import")
    String importQuestions(@RequestParam String format, @RequestParam(required = false) String pool,
                           @RequestParam MultipartFile file, Authentication staff, Locale locale, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            int imported = importer.importFile(format, pool, in, staff.getName());
            model.addAttribute("imported", imported);
        } catch (ApiException e) {
            model.addAttribute("importTitle", errors.title(e, locale));
            model.addAttribute("importErrors", errors.describe(e, locale));
        }
        model.addAttribute("selectedFormat", format);
        model.addAttribute("pool", pool);
        return questions(null, null, model);
    }

    @GetMapping("/admin/contests/{id}")
    String contest(@PathVariable UUID id, Model model) {
        model.addAttribute("province", TenantContext.require());
        model.addAttribute("contest", contests.get(id));
        return "admin/contest";
    }

    /** The public link, QR downloads and the banner snippet for the province's portal. */
    @GetMapping("/admin/contests/{id}/sharing")
    String sharing(@PathVariable UUID id, Model model) {
        model.addAttribute("province", TenantContext.require());
        model.addAttribute("contest", contests.get(id));
        model.addAttribute("sharing", sharing.of(id));
        return "admin/sharing";
    }

    @PostMapping("/admin/contests/{id}/publish")
    String publish(@PathVariable UUID id, Authentication staff, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            contests.publish(id, staff.getName());
            redirect.addFlashAttribute("published", true);
            return "redirect:/admin/contests/" + id;
        } catch (ApiException e) {
            model.addAttribute("publishTitle", errors.title(e, locale));
            model.addAttribute("publishErrors", errors.describe(e, locale));
            return contest(id, model);
        }
    }
}
