package vn.cuocthi.platformcore.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cuocthi.platformcore.tenancy.TenantHosts;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/** The bare domain's page: what the platform is and which provinces it hosts. */
@Controller
@HostScoped(HostScoped.Scope.PLATFORM)
class PlatformHomeController {

    private final TenantRegistry registry;
    private final TenantHosts hosts;

    PlatformHomeController(TenantRegistry registry, TenantHosts hosts) {
        this.registry = registry;
        this.hosts = hosts;
    }

    @GetMapping("/")
    String home(Model model, jakarta.servlet.http.HttpServletRequest request) {
        String port = (request.getServerPort() == 80 || request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        model.addAttribute("provinces", registry.active().stream()
                .map(tenant -> new ProvinceLink(tenant.name(), request.getScheme() + "://" + hosts.hostOf(tenant.slug()) + port))
                .toList());
        return "platform/home";
    }

    record ProvinceLink(String name, String url) {
    }
}
