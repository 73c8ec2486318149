package vn.cuocthi.platformcore.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cuocthi.platformcore.identity.Realms;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantFilter;
import vn.cuocthi.platformcore.web.ProblemResponses;

/**
 * Who may call what (docs/security.md has the same table, endpoint by role). Staff and operators are Keycloak
 * users: API callers send a bearer token checked against the host's own realm; the staff console signs in through
 * the province's realm. Contestants are platform accounts (quiz-runtime) and pass through here as anonymous.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The operators' console on the bare domain (tenant-admin's operator pages), signed in through the platform realm. */
    static final String OPERATOR_CONSOLE = "/operator";

    @Bean
    ClientRegistrationRepository tenantClientRegistrations(Realms realms) {
        return new TenantClientRegistrations(realms);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Realms realms, ClientRegistrationRepository registrations,
                                            ProblemResponses problems, ObjectProvider<EndpointRules> modules)
            throws Exception {
        AuthenticationEntryPoint api = (request, response, e) -> refuse(problems, request, response, e);
        OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");

        List<String> ownTokenPaths = modules.orderedStream().flatMap(rules -> rules.ownTokenPaths().stream()).toList();
        http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> needsNoCsrfToken(request, ownTokenPaths)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                // remember where a person was going before sign-in, but never open a session for an API call
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .authorizeHttpRequests(endpoints -> {
                    endpoints.requestMatchers(HttpMethod.GET, "/", "/error", "/v3/api-docs", "/v3/api-docs/**",
                                    "/swagger-ui.html", "/swagger-ui/**").permitAll()
                            .requestMatchers("/error", "/actuator/**", "/login", "/oauth2/**", "/login/oauth2/**",
                                    "/logout").permitAll();
                    modules.orderedStream().forEach(rules -> rules.authorize(endpoints));
                    endpoints.anyRequest().access(Unclassified.REFUSED);
                })
                .oauth2ResourceServer(resource -> resource
                        .bearerTokenResolver(staffTokensOnly(ownTokenPaths))
                        .authenticationManagerResolver(new TenantBearerAuthentication(realms))
                        .authenticationEntryPoint(api))
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromIdToken())))
                .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession))
                .addFilterBefore(new ProvinceSessionGuard(problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            Tenant tenant = TenantContext.current().orElse(null);
                            if (Unclassified.wasRefused(request)) {
                                problems.write(request, response, HttpStatus.NOT_FOUND, "endpoint.unknown", Map.of());
                            } else if (tenant != null && !request.getRequestURI().startsWith("/api/")) {
                                response.sendRedirect("/oauth2/authorization/" + tenant.slug());
                            } else if (tenant == null && request.getRequestURI().startsWith(OPERATOR_CONSOLE)) {
                                response.sendRedirect("/oauth2/authorization/" + TenantClientRegistrations.PLATFORM);
                            } else {
                                refuse(problems, request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (Unclassified.wasRefused(request)) {
                                problems.write(request, response, HttpStatus.NOT_FOUND, "endpoint.unknown", Map.of());
                            } else if (e instanceof CsrfException) {
                                problems.write(request, response, HttpStatus.FORBIDDEN, "auth.csrf", Map.of());
                            } else {
                                problems.write(request, response, HttpStatus.FORBIDDEN, "auth.forbidden", Map.of());
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    /**
     * The staff and operator APIs take a bearer token; a console session cookie also opens them, for the files the
     * console links to (the question template, QR codes). A cookie is sent by the browser whatever page made the
     * request, so a change through the API with the cookie alone needs the CSRF token like a console form: a page
     * of another site (a sibling province subdomain is the same site for SameSite=Lax) cannot post in an officer's
     * name. A request carrying an {@code Authorization} header was made by a script that holds the token, which a
     * page of another origin cannot add without a preflight we never grant. Paths with a module's own tokens (the
     * contestant API) have no Spring session and are left to their module.
     */
    private static boolean needsNoCsrfToken(HttpServletRequest request, List<String> ownTokenPaths) {
        String path = request.getRequestURI();
        // without a session there is no cookie to abuse: such a call is judged by its token alone (401 without one)
        return path.startsWith("/api/") && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null
                || startsWithAny(path, ownTokenPaths));
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        return prefixes.stream().anyMatch(path::startsWith);
    }

    /**
     * Stylesheets, scripts and images carry no one's data and are the same on every host: served before any
     * session or province check, so a signed-in officer's console keeps its look.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        return http.securityMatcher(TenantFilter.STATIC_RESOURCES.stream().map(prefix -> prefix.endsWith("/")
                        ? prefix + "**" : prefix).toArray(String[]::new))
                .authorizeHttpRequests(resources -> resources.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Contestants' bearer tokens are the platform's own (quiz-runtime checks them), not Keycloak JWTs: on the
     * contestant API the resource server must not try to read them.
     */
    private static BearerTokenResolver staffTokensOnly(List<String> ownTokenPaths) {
        DefaultBearerTokenResolver keycloakTokens = new DefaultBearerTokenResolver();
        return request -> startsWithAny(request.getRequestURI(), ownTokenPaths) ? null : keycloakTokens.resolve(request);
    }

    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> !request.getRequestURI().startsWith("/api/")
                && "GET".equals(request.getMethod()));
        return cache;
    }

    private static void refuse(ProblemResponses problems, HttpServletRequest request, HttpServletResponse response,
                               AuthenticationException e) throws IOException {
        if (e instanceof ForeignProvinceTokenException) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "auth.foreignProvince", Map.of());
        } else {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.required", Map.of());
        }
    }

    /** Keycloak's realm roles arrive as the flat {@code roles} claim of the ID token. */
    private static GrantedAuthoritiesMapper rolesFromIdToken() {
        return authorities -> {
            Collection<GrantedAuthority> mapped = new ArrayList<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(StaffRoles.authorities(oidc.getIdToken().getClaim(StaffRoles.ROLES_CLAIM)));
                }
            }
            return Set.copyOf(mapped);
        };
    }

    /**
     * A console session belongs to the province it signed in to (the operators' session to the bare domain). Cookies
     * are host-only so a browser does not send one province's session to another, but should one arrive anyway (a
     * shared cookie domain, a stolen cookie), it is refused here.
     */
    static final class ProvinceSessionGuard extends OncePerRequestFilter {
        private final ProblemResponses problems;

        ProvinceSessionGuard(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof OAuth2AuthenticationToken session) {
                Tenant tenant = TenantContext.current().orElse(null);
                String expected = tenant == null ? TenantClientRegistrations.PLATFORM : tenant.slug();
                if (!expected.equals(session.getAuthorizedClientRegistrationId())) {
                    problems.write(request, response, HttpStatus.FORBIDDEN, "auth.foreignProvince", Map.of());
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
