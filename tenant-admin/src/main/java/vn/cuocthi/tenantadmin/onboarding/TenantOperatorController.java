package vn.cuocthi.tenantadmin.onboarding;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Provinces (operator)", description = "National operators onboard, suspend and resume provinces (bare domain only)")
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

    /** {@code adminEmail}: the first admin's address (optional), for Keycloak's password reset mails. */
    record OnboardRequest(String slug, String name, String adminEmail) {
    }

    /** Why the operator suspends or resumes the province, kept in the audit. */
    record StatusRequest(String reason) {
    }

    record TenantView(String slug, String name, TenantStatus status, String host, String url, OffsetDateTime createdAt) {
    }

    /** The onboarding answer: the province, and its first admin's temporary password when it was just created. */
    record OnboardedView(String slug, String name, TenantStatus status, String host, String url, OffsetDateTime createdAt,
                         OnboardingReport.FirstAdmin firstAdmin) {
    }

    @Operation(summary = "Onboard a province: schema, migrations, identity realm",
            description = "201 when active; 409 for an existing slug; repeating a failed onboarding completes it")
    @PostMapping
    ResponseEntity<OnboardedView> onboard(@RequestBody OnboardRequest body, Authentication operator, HttpServletRequest request) {
        TenantOnboarding.Onboarded onboarded = onboarding.onboard(body.slug(), body.name(), body.adminEmail(),
                operator.getName());
        TenantView view = view(onboarded.tenant(), request);
        return ResponseEntity.created(URI.create("/api/v1/platform/tenants/" + view.slug())).body(new OnboardedView(
                view.slug(), view.name(), view.status(), view.host(), view.url(), view.createdAt(), onboarded.firstAdmin()));
    }

    @Operation(summary = "List provinces with their status")
    @GetMapping
    List<TenantView> list(HttpServletRequest request) {
        return onboarding.list().stream().map(tenant -> view(tenant, request)).toList();
    }

    @Operation(summary = "Read one province")
    @GetMapping("/{slug}")
    TenantView get(@PathVariable String slug, HttpServletRequest request) {
        return view(onboarding.get(slug), request);
    }

    @Operation(summary = "Suspend a province", description = "Its pages and APIs answer 503 and its realm is disabled, on every node at once."
            + " Optional body {reason} (required when a body is sent), kept in the operators' audit")
    @PostMapping("/{slug}/suspend")
    TenantView suspend(@PathVariable String slug, @RequestBody(required = false) StatusRequest body, Authentication operator,
                       HttpServletRequest request) {
        return view(body == null ? onboarding.suspend(slug, operator.getName())
                : onboarding.suspend(slug, body.reason(), operator.getName()), request);
    }

    @Operation(summary = "Resume a suspended province", description = "Optional body {reason}, as for suspend")
    @PostMapping("/{slug}/resume")
    TenantView resume(@PathVariable String slug, @RequestBody(required = false) StatusRequest body, Authentication operator,
                      HttpServletRequest request) {
        return view(body == null ? onboarding.resume(slug, operator.getName())
                : onboarding.resume(slug, body.reason(), operator.getName()), request);
    }

    private TenantView view(Tenant tenant, HttpServletRequest request) {
        String host = hosts.hostOf(tenant.slug());
        int port = request.getServerPort();
        String url = request.getScheme() + "://" + host + (port == 80 || port == 443 ? "" : ":" + port);
        return new TenantView(tenant.slug(), tenant.name(), tenant.status(), host, url, VietnamTime.of(tenant.createdAt()));
    }
}
