package vn.cuocthi.tenantadmin.questionbank;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.cuocthi.platformcore.question.Difficulty;
import vn.cuocthi.platformcore.question.Question;
import vn.cuocthi.platformcore.security.StaffRoles;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.questionbank.importing.QuestionFormat;

/**
 * The console's question bank page: a paged list with search, import with the error report in place, and a
 * question corrected or retired (after a confirmation step that needs no script). The same services as the API:
 * nothing here decides anything new.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class QuestionBankPageController {

    static final int PAGE_SIZE = 20;

    private final QuestionBank bank;
    private final QuestionImport importer;
    private final ErrorMessages errors;

    QuestionBankPageController(QuestionBank bank, QuestionImport importer, ErrorMessages errors) {
        this.bank = bank;
        this.importer = importer;
        this.errors = errors;
    }

    /** Editors and province admins change the bank; others are not shown forms they cannot send. */
    @ModelAttribute("canEdit")
    boolean canEdit(Authentication staff) {
        List<String> editors = Arrays.stream(StaffRoles.CONTENT_EDITORS).map(role -> "ROLE_" + role).toList();
        return staff != null && staff.getAuthorities().stream().anyMatch(authority -> editors.contains(authority.getAuthority()));
    }

    @GetMapping("/admin/questions")
    String questions(@RequestParam(required = false) String topic, @RequestParam(required = false) String text,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) UUID edit,
                     @RequestParam(required = false) UUID retire, Model model) {
        if (edit != null) {
            Question question = active(edit);
            model.addAttribute("editing", question);
            model.addAttribute("form", QuestionForm.of(question));
            model.addAttribute("errors", FormErrors.none());
        }
        if (retire != null) {
            model.addAttribute("retiring", active(retire));
        }
        return render(topic, text, page, model);
    }

    @PostMapping("/admin/questions/{id}/save")
    String save(@PathVariable UUID id, @RequestParam(required = false) String text, @RequestParam(required = false) String topic,
                @RequestParam(required = false) String difficulty, @RequestParam(required = false) String explanation,
                @RequestParam(required = false) String legalSource, @RequestParam(required = false) String pools,
                @RequestParam(name = "option", required = false) List<String> options,
                @RequestParam(required = false) List<String> correct, Authentication staff, Locale locale, Model model,
                RedirectAttributes redirect) {
        QuestionForm form = new QuestionForm(text, topic, difficulty, explanation, legalSource, pools, options, correct);
        try {
            bank.replace(id, form.input(), staff.getName());
            redirect.addFlashAttribute("savedQuestion", true);
            return "redirect:/admin/questions";
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("editing", active(id));
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e, errors, locale));
            return render(null, null, 0, model);
        }
    }

    @PostMapping("/admin/questions/{id}/retire")
    String retire(@PathVariable UUID id, RedirectAttributes redirect) {
        bank.retire(id);
        redirect.addFlashAttribute("retiredQuestion", true);
        return "redirect:/admin/questions";
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
        return render(null, null, 0, model);
    }

    private Question active(UUID id) {
        return bank.find(id).filter(question -> !question.retired())
                .orElseThrow(() -> ApiException.notFound("question.notFound", id));
    }

    private String render(String topic, String text, int page, Model model) {
        BankPage found = bank.page(topic, text, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("formats", List.of(QuestionFormat.values()));
        model.addAttribute("difficulties", List.of(Difficulty.values()));
        model.addAttribute("topic", topic);
        model.addAttribute("text", text);
        model.addAttribute("bank", found);
        model.addAttribute("previousPage", found.hasPrevious() ? pageLink(topic, text, page - 1) : null);
        model.addAttribute("nextPage", found.hasNext() ? pageLink(topic, text, page + 1) : null);
        return "admin/questions";
    }

    private static String pageLink(String topic, String text, int page) {
        return UriComponentsBuilder.fromPath("/admin/questions").queryParamIfPresent("topic", blankless(topic))
                .queryParamIfPresent("text", blankless(text)).queryParam("page", page).encode().build().toUriString();
    }

    private static Optional<String> blankless(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
