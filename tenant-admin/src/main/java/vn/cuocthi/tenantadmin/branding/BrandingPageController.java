package vn.cuocthi.tenantadmin.branding;

import java.io.IOException;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cuocthi.platformcore.branding.Branding;
import vn.cuocthi.platformcore.branding.BrandingImage;
import vn.cuocthi.platformcore.branding.BrandingInput;
import vn.cuocthi.platformcore.branding.Brandings;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;

/**
 * The console page where the province admin sets the province's look: the same service as the API, so its contrast
 * check and image check are the API's; a refusal is shown next to the field, as typed, and changes nothing.
 */
@Controller
@HostScoped(HostScoped.Scope.PROVINCE)
class BrandingPageController {

    private final Brandings brandings;
    private final ErrorMessages messages;

    BrandingPageController(Brandings brandings, ErrorMessages messages) {
        this.brandings = brandings;
        this.messages = messages;
    }

    @GetMapping("/admin/branding")
    String page(Model model) {
        return page(model, input(brandings.current()), FormErrors.none());
    }

    @PostMapping("/admin/branding")
    String save(@ModelAttribute BrandingInput input, Authentication staff, Model model, Locale locale,
                RedirectAttributes redirect) {
        try {
            brandings.save(input, staff.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/branding";
        } catch (ApiException e) {
            return page(model, input, FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/admin/branding/logo")
    String logo(@RequestParam("file") MultipartFile file, Authentication staff, Model model, Locale locale,
                RedirectAttributes redirect) throws IOException {
        return upload(BrandingImage.Kind.LOGO, file, staff, model, locale, redirect);
    }

    @PostMapping("/admin/branding/header-image")
    String header(@RequestParam("file") MultipartFile file, Authentication staff, Model model, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        return upload(BrandingImage.Kind.HEADER, file, staff, model, locale, redirect);
    }

    private String upload(BrandingImage.Kind kind, MultipartFile file, Authentication staff, Model model, Locale locale,
                          RedirectAttributes redirect) throws IOException {
        try {
            brandings.setImage(kind, file.getInputStream(), staff.getName());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/branding";
        } catch (ApiException e) {
            model.addAttribute("imageErrors", FormErrors.of(e, messages, locale));
            model.addAttribute("imageKind", kind.name());
            return page(model, input(brandings.current()), FormErrors.none());
        }
    }

    private String page(Model model, BrandingInput input, FormErrors errors) {
        Branding current = brandings.current();
        model.addAttribute("form", input);
        model.addAttribute("current", current);
        model.addAttribute("errors", errors);
        model.addAttribute("maxKb", brandings.imageMaxBytes() / 1024);
        if (!model.containsAttribute("imageErrors")) {
            model.addAttribute("imageErrors", FormErrors.none());
        }
        return "admin/branding";
    }

    private static BrandingInput input(Branding branding) {
        return new BrandingInput(branding.primaryColor(), branding.textColor(), branding.organiserName(),
                branding.organiserContact(), branding.portalUrl(), branding.homeAffairsUrl(), branding.footerText());
    }
}
