package vn.cuocthi.platformcore.tenancy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cuocthi.platformcore.web.ProblemResponses;

/**
 * Finds the province of a request from its Host header, refuses unknown and suspended ones, and holds the
 * tenant in {@link TenantContext} for exactly the duration of the request.
 */
@ConditionalOnWebApplication
@Component
public class TenantFilter extends OncePerRequestFilter implements Ordered {

    /** Request attribute with the {@link Tenant} being served, read only by metrics (after the context is cleared). */
    static final String TENANT_ATTRIBUTE = TenantFilter.class.getName() + ".tenant";

    /** Stylesheets, scripts and images: the same on every host, no province data, no session needed. */
    public static final List<String> STATIC_RESOURCES = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");
    /** Served on any host, with no tenant: infrastructure and static assets, which carry no province data. */
    private static final List<String> HOST_INDEPENDENT = Stream.concat(Stream.of("/actuator/health"),
            STATIC_RESOURCES.stream()).toList();
    /**
     * Served on the bare base domain; the other actuator endpoints too (Prometheus counts every province's
     * requests: not for a province's visitors, nor for whoever points an unknown host at us).
     */
    private static final List<String> PLATFORM_PATHS = List.of("/api/v1/platform/", "/v3/api-docs", "/swagger-ui", "/actuator",
            "/operator", "/oauth2/", "/login", "/logout");
    private static final String PLATFORM_API = "/api/v1/platform/";
    /**
     * Prometheus scrapes a pod by its address, so the Host is an IP literal. The ingress routes only the platform's
     * and the provinces' names, so such a host reaches a node only from inside the cluster.
     */
    private static final java.util.regex.Pattern IP_LITERAL =
            java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-fA-F]*:[0-9a-fA-F:]+]?");

    private final TenantHosts hosts;
    private final TenantRegistry registry;
    private final ProblemResponses problems;
    private final UnmigratedTenants unmigrated;

    public TenantFilter(TenantHosts hosts, TenantRegistry registry, ProblemResponses problems,
                        UnmigratedTenants unmigrated) {
        this.hosts = hosts;
        this.registry = registry;
        this.problems = problems;
        this.unmigrated = unmigrated;
    }

    @Override
    public int getOrder() {
        // after the observation filter (so refusals are measured), before Spring Security (which will need the tenant)
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    /** An error page rendered for a province request is still that province's (its session, its messages). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (startsWithAny(path, HOST_INDEPENDENT)) {
            chain.doFilter(request, response);
            return;
        }
        switch (hosts.match(request.getServerName())) {
            case TenantHosts.Platform platform -> {
                if (path.equals("/") || startsWithAny(path, PLATFORM_PATHS) || path.equals(PLATFORM_API.substring(0, PLATFORM_API.length() - 1))) {
                    chain.doFilter(request, response);
                } else {
                    problems.write(request, response, HttpStatus.NOT_FOUND, "tenant.none", Map.of());
                }
            }
            case TenantHosts.Province province -> serveProvince(province.slug(), path, request, response, chain);
            case TenantHosts.Foreign foreign -> {
                if (path.startsWith("/actuator") && IP_LITERAL.matcher(foreign.host()).matches()) {
                    chain.doFilter(request, response); // a scrape by pod address: no public name routes here
                } else {
                    problems.write(request, response, HttpStatus.NOT_FOUND, "tenant.unknown", Map.of("host", foreign.host()));
                }
            }
        }
    }

    private void serveProvince(String slug, String path, HttpServletRequest request, HttpServletResponse response,
                               FilterChain chain) throws IOException, ServletException {
        Tenant tenant = registry.find(slug).orElse(null);
        if (tenant == null || tenant.status() == TenantStatus.PROVISIONING) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "tenant.unknown", Map.of("host", request.getServerName()));
            return;
        }
        if (tenant.status() == TenantStatus.SUSPENDED) {
            response.setHeader("Retry-After", "3600");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "tenant.suspended", Map.of("tenant", tenant.name()));
            return;
        }
        if (unmigrated.contains(slug)) {
            response.setHeader("Retry-After", "300");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "tenant.unmigrated", Map.of("tenant", tenant.name()));
            return;
        }
        if (path.startsWith(PLATFORM_API) || path.startsWith("/actuator")) {
            problems.write(request, response, HttpStatus.NOT_FOUND, "tenant.platformOnly", Map.of());
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant);
        TenantContext.set(tenant);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
