package vn.cuocthi.tenantadmin.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.security.StaffRoles;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The units editor: the province's list, one unit added, changed or removed at a time, and a whole list imported
 * from a file with the all-or-nothing error report in place. Everyone on staff may look; changes are the province
 * admin's (SecurityConfiguration: POSTs under /admin other than questions and contests).
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class UnitsPageController {

    /** The unit form's values as typed, so that a refused one is shown again unchanged. */
    public record UnitForm(String originalCode, String code, String name, String parentCode, String headcount,
                           String population, String block) {

        public UnitForm {
            originalCode = text(originalCode);
            code = text(code);
            name = text(name);
            parentCode = text(parentCode);
            headcount = text(headcount);
            population = text(population);
            block = text(block);
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }

        static UnitForm empty() {
            return new UnitForm("", "", "", "", "", "", "");
        }

        static UnitForm of(UnitView unit) {
            return new UnitForm(unit.code(), unit.code(), unit.name(), unit.parentCode() == null ? "" : unit.parentCode(),
                    String.valueOf(unit.headcount()), unit.population() == null ? "" : String.valueOf(unit.population()),
                    unit.block() == null ? "" : unit.block());
        }

        public boolean editing() {
            return !originalCode.isBlank();
        }
    }

    private final UnitAdmin units;
    private final UnitImport importer;
    private final ErrorMessages errors;
    private final MessageSource messages;
    private final UnitBlocks blocks;

    UnitsPageController(UnitAdmin units, UnitImport importer, ErrorMessages errors,
                        MessageSource messages, UnitBlocks blocks) {
        this.blocks = blocks;
        this.units = units;
        this.importer = importer;
        this.errors = errors;
        this.messages = messages;
    }

    /** Whether the reader may change units (province admins), so that others are not shown forms they cannot send. */
    @ModelAttribute("canEdit")
    boolean canEdit(Authentication staff) {
        return staff != null && staff.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + StaffRoles.PROVINCE_ADMIN).equals(authority.getAuthority()));
    }

    @GetMapping("/admin/units")
    String list(@RequestParam(required = false) String edit, @RequestParam(required = false) String delete, Model model) {
        List<UnitView> all = units.list();
        UnitForm form = all.stream().filter(unit -> unit.code().equals(edit)).findFirst().map(UnitForm::of).orElse(UnitForm.empty());
        // deleting asks first, as a state of the page, so the confirmation works without a script
        all.stream().filter(unit -> unit.code().equals(delete)).findFirst().ifPresent(unit -> model.addAttribute("deleting", unit));
        return render(all, form, FormErrors.none(), model);
    }

    @PostMapping("/admin/units/save")
    String save(UnitForm form, Locale locale, Model model, RedirectAttributes redirect) {
        FormErrors problems;
        List<FormErrors.Problem> notNumbers = new java.util.ArrayList<>();
        Integer headcount = number("headcount", form.headcount(), notNumbers, locale);
        Integer population = number("population", form.population(), notNumbers, locale);
        if (!notNumbers.isEmpty()) {
            problems = FormErrors.of(messages.getMessage("input.invalid.title", null, locale), notNumbers);
        } else {
            try {
                units.save(blank(form.originalCode()) ? null : form.originalCode(), new UnitInput(form.code(), form.name(),
                        form.parentCode(), headcount, population, form.block()));
                redirect.addFlashAttribute("savedUnit", form.code().strip());
                return "redirect:/admin/units";
            } catch (ApiException e) {
                problems = FormErrors.of(e, errors, locale);
            }
        }
        return render(units.list(), form, problems, model);
    }

    @PostMapping("/admin/units/delete")
    String delete(@RequestParam String code, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            units.delete(code);
            redirect.addFlashAttribute("deletedUnit", code);
            return "redirect:/admin/units";
        } catch (ApiException e) {
            return render(units.list(), UnitForm.empty(), FormErrors.of(e, errors, locale), model);
        }
    }

    @PostMapping("/admin/units/blocks")
    String nameBlock(@RequestParam String code, @RequestParam(required = false) String name, Locale locale, Model model,
                     RedirectAttributes redirect) {
        try {
            blocks.rename(code, name);
            redirect.addFlashAttribute("savedBlock", code);
            return "redirect:/admin/units";
        } catch (ApiException e) {
            model.addAttribute("blockErrors", FormErrors.of(e, errors, locale));
            model.addAttribute("refusedBlock", code);
            return render(units.list(), UnitForm.empty(), FormErrors.none(), model);
        }
    }

    @PostMapping("/admin/units/import")
    String importFile(@RequestParam MultipartFile file, Locale locale, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("imported", importer.importFile(file.getOriginalFilename(), in).size());
        } catch (ApiException e) {
            model.addAttribute("importTitle", errors.title(e, locale));
            model.addAttribute("importErrors", errors.describe(e, locale));
        }
        return render(units.list(), UnitForm.empty(), FormErrors.none(), model);
    }

    private String render(List<UnitView> all, UnitForm form, FormErrors problems, Model model) {
        model.addAttribute("units", all);
        model.addAttribute("blocks", blocks.list());
        model.addAttribute("blockNames", blocks.names());
        model.addAttribute("unit", form);
        model.addAttribute("errors", problems);
        return "admin/units";
    }

    private Integer number(String field, String value, List<FormErrors.Problem> problems, Locale locale) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FormErrors.Problem(field, messages.getMessage("console.form.number", new Object[] {value.strip()}, locale)));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
