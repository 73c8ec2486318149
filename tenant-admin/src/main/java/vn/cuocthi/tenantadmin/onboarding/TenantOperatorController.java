package vn.cuocthi.tenantadmin.onboarding;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.tenancy.OnboardingReport;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantHosts;
import vn.cuocthi.platformcore.tenancy.TenantStatus;
import vn.cuocthi.platformcore.web.HostScoped;

/** The national operator's API on the bare domain: onboard, list, suspend and resume provinces. */
@RestController
@HostScoped(HostScoped.Scope.PLATFORM)
@RequestMapping("/api/v1/platform/tenants")
class TenantOperatorController {

    private final TenantOnboarding onboarding;
    private final TenantHosts hosts;

    TenantOperatorController(TenantOnboarding onboarding, TenantHosts hosts) {
        this.onboarding = onboarding;
        this.hosts = hosts;
    }

    record OnboardRequest(String slug, String name) {
    }

    record TenantView(String slug, String name, TenantStatus status, String host, String url, OffsetDateTime createdAt) {
    }

    /** The onboarding answer: the province, and its first admin's temporary password when it was just created. */
    record OnboardedView(String slug, String name, TenantStatus status, String host, String url, OffsetDateTime createdAt,
                         OnboardingReport.FirstAdmin firstAdmin) {
    }

    @PostMapping
    ResponseEntity<OnboardedView> onboard(@RequestBody OnboardRequest body, Authentication operator, HttpServletRequest request) {
        TenantOnboarding.Onboarded onboarded = onboarding.onboard(body.slug(), body.name(), operator.getName());
        TenantView view = view(onboarded.tenant(), request);
        return ResponseEntity.created(URI.create("/api/v1/platform/tenants/" + view.slug())).body(new OnboardedView(
                view.slug(), view.name(), view.status(), view.host(), view.url(), view.createdAt(), onboarded.firstAdmin()));
    }

    @GetMapping
    List<TenantView> list(HttpServletRequest request) {
        return onboarding.list().stream().map(tenant -> view(tenant, request)).toList();
    }

    @GetMapping("/{slug}")
    TenantView get(@PathVariable String slug, HttpServletRequest request) {
        return view(onboarding.get(slug), request);
    }

    @PostMapping("/{slug}/suspend")
    TenantView suspend(@PathVariable String slug, Authentication operator, HttpServletRequest request) {
        return view(onboarding.suspend(slug, operator.getName()), request);
    }

    @PostMapping("/{slug}/resume")
    TenantView resume(@PathVariable String slug, Authentication operator, HttpServletRequest request) {
        return view(onboarding.resume(slug, operator.getName()), request);
    }

    private TenantView view(Tenant tenant, HttpServletRequest request) {
        String host = hosts.hostOf(tenant.slug());
        int port = request.getServerPort();
        String url = request.getScheme() + "://" + host + (port == 80 || port == 443 ? "" : ":" + port);
        return new TenantView(tenant.slug(), tenant.name(), tenant.status(), host, url, VietnamTime.of(tenant.createdAt()));
    }
}
