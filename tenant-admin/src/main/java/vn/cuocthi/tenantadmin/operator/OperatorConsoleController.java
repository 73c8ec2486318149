package vn.cuocthi.tenantadmin.operator;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cuocthi.platformcore.tenancy.PublicUrls;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.platformcore.web.ErrorMessages;
import vn.cuocthi.platformcore.web.FormErrors;
import vn.cuocthi.platformcore.web.HostScoped;
import vn.cuocthi.tenantadmin.onboarding.TenantEvents;
import vn.cuocthi.tenantadmin.onboarding.TenantOnboarding;

/**
 * The national operator's console on the bare domain, signed in through the platform realm: the provinces with
 * their live activity, onboarding step by step with a retry of a failed run, suspension and resumption with a reason,
 * and the audit. Every action goes through {@link TenantOnboarding}, the API's service, so the page decides nothing
 * the API would not.
 */
@Controller
@HostScoped(HostScoped.Scope.PLATFORM)
@RequestMapping("/operator")
class OperatorConsoleController {

    private final TenantOnboarding onboarding;
    private final TenantEvents events;
    private final FleetActivity activity;
    private final PublicUrls urls;
    private final ErrorMessages messages;

    OperatorConsoleController(TenantOnboarding onboarding, TenantEvents events, FleetActivity activity, PublicUrls urls,
                              ErrorMessages messages) {
        this.onboarding = onboarding;
        this.events = events;
        this.activity = activity;
        this.urls = urls;
        this.messages = messages;
    }

    /** What the operator typed in the onboarding form, shown again when refused. */
    record OnboardForm(String slug, String name, String adminEmail) {
    }

    @GetMapping
    String fleet(Authentication operator, Model model) {
        return fleetPage(operator, model, new OnboardForm("", "", ""), FormErrors.none());
    }

    @PostMapping("/provinces")
    String onboard(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String name,
                   @RequestParam(defaultValue = "") String adminEmail, Authentication operator, Model model, Locale locale) {
        String cleanSlug = slug.strip();
        try {
            return onboarded(onboarding.onboard(cleanSlug, name, adminEmail, operator.getName()), operator, model);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
                return "redirect:/operator/provinces/" + cleanSlug; // a step failed: its page shows which, with a retry
            }
            return fleetPage(operator, model, new OnboardForm(slug, name, adminEmail), FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/provinces/{slug}")
    String province(@PathVariable String slug, Authentication operator, Model model) {
        return provincePage(onboarding.get(slug), operator, model, FormErrors.none());
    }

    /** Runs every step of a province's onboarding again (each is idempotent): finishes a run that failed. */
    @PostMapping("/provinces/{slug}/retry")
    String retry(@PathVariable String slug, @RequestParam(defaultValue = "") String adminEmail, Authentication operator,
                 Model model, Locale locale) {
        Tenant tenant = onboarding.get(slug);
        try {
            return onboarded(onboarding.onboard(slug, tenant.name(), adminEmail, operator.getName()), operator, model);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
                return "redirect:/operator/provinces/" + slug;
            }
            return provincePage(onboarding.get(slug), operator, model, FormErrors.of(e, messages, locale));
        }
    }

    @PostMapping("/provinces/{slug}/suspend")
    String suspend(@PathVariable String slug, @RequestParam(defaultValue = "") String reason, Authentication operator,
                   Model model, Locale locale) {
        return changeStatus(slug, true, reason, operator, model, locale);
    }

    @PostMapping("/provinces/{slug}/resume")
    String resume(@PathVariable String slug, @RequestParam(defaultValue = "") String reason, Authentication operator,
                  Model model, Locale locale) {
        return changeStatus(slug, false, reason, operator, model, locale);
    }

    private String changeStatus(String slug, boolean suspend, String reason, Authentication operator, Model model,
                                Locale locale) {
        try {
            if (suspend) {
                onboarding.suspend(slug, reason, operator.getName());
            } else {
                onboarding.resume(slug, reason, operator.getName());
            }
            return "redirect:/operator/provinces/" + slug;
        } catch (ApiException e) {
            return provincePage(onboarding.get(slug), operator, model, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String province, Authentication operator, Model model) {
        String slug = province == null || province.isBlank() ? null : province.strip();
        model.addAttribute("operator", operator.getName());
        model.addAttribute("provinces", onboarding.list());
        model.addAttribute("selected", slug);
        model.addAttribute("events", events.latest(slug));
        return "operator/audit";
    }

    private String fleetPage(Authentication operator, Model model, OnboardForm form, FormErrors errors) {
        model.addAttribute("operator", operator.getName());
        model.addAttribute("fleet", activity.now());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "operator/fleet";
    }

    private String onboarded(TenantOnboarding.Onboarded onboarded, Authentication operator, Model model) {
        Tenant tenant = onboarded.tenant();
        model.addAttribute("operator", operator.getName());
        model.addAttribute("tenant", tenant);
        model.addAttribute("url", urls.province(tenant.slug()));
        model.addAttribute("firstAdmin", onboarded.firstAdmin());
        model.addAttribute("steps", events.lastRun(tenant.slug(), onboarding.stepNames()));
        return "operator/onboarded";
    }

    private String provincePage(Tenant tenant, Authentication operator, Model model, FormErrors errors) {
        List<TenantEvents.TenantEvent> history = events.latest(tenant.slug());
        model.addAttribute("operator", operator.getName());
        model.addAttribute("tenant", tenant);
        model.addAttribute("url", urls.province(tenant.slug()));
        model.addAttribute("steps", events.lastRun(tenant.slug(), onboarding.stepNames()));
        model.addAttribute("lastError", onboarding.lastError(tenant.slug()));
        model.addAttribute("events", history);
        model.addAttribute("errors", errors);
        return "operator/province";
    }
}
