package vn.cuocthi.tenantadmin.questionbank;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.questionbank.importing.QuestionFormat;

/**
 * The console's question bank page: browse, and import with the error report in place. The same services as the
 * API: nothing here decides anything new.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class QuestionBankPageController {

    private final QuestionBank bank;
    private final QuestionImport importer;
    private final ErrorMessages errors;

    QuestionBankPageController(QuestionBank bank, QuestionImport importer, ErrorMessages errors) {
        this.bank = bank;
        this.importer = importer;
        this.errors = errors;
    }

    @GetMapping("/admin/questions")
    String questions(@RequestParam(required = false) String topic, @RequestParam(required = false) String text, Model model) {
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
}
