package vn.cuocthi.tenantadmin;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.security.EndpointRules;
import vn.cuocthi.platformcore.security.StaffRoles;

/**
 * Who of the staff may call what (docs/security.md has the same table; AuthorizationMatrixTest checks every mapped
 * endpoint against it). Narrow rules first: the first that matches decides.
 */
@Component
class StaffEndpoints implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers("/api/v1/platform/**", "/operator", "/operator/**").hasRole(StaffRoles.OPERATOR)
                // contestants' identity fields and password reset: the province admin alone
                .requestMatchers("/api/v1/admin/contestants", "/api/v1/admin/contestants/**", "/admin/contestants",
                        "/admin/contestants/**").hasRole(StaffRoles.PROVINCE_ADMIN)
                // one person's opened data, its erasure and the retention: the province admin only
                .requestMatchers("/api/v1/admin/contests/*/contestants/*/personal-data",
                        "/api/v1/admin/contests/*/contestants/*/personal-data/**", "/api/v1/admin/contests/*/retention")
                .hasRole(StaffRoles.PROVINCE_ADMIN)
                .requestMatchers("/admin/contests/*/personal-data", "/admin/contests/*/personal-data/**")
                .hasRole(StaffRoles.PROVINCE_ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/admin/audit/**", "/api/v1/admin/contests/*/exports/audit.*")
                .hasAnyRole(StaffRoles.AUDIT_READERS)
                .requestMatchers(HttpMethod.GET, "/api/v1/admin/**").hasAnyRole(StaffRoles.ANY_STAFF)
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/contests/*/results/publish").hasRole(StaffRoles.PROVINCE_ADMIN)
                .requestMatchers("/api/v1/admin/units/**").hasRole(StaffRoles.PROVINCE_ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/admin/contests/*/contestants/**",
                        "/api/v1/admin/contests/*/results/**").hasAnyRole(StaffRoles.RESULT_VERIFIERS)
                .requestMatchers("/api/v1/admin/questions/**", "/api/v1/admin/contests/**")
                .hasAnyRole(StaffRoles.CONTENT_EDITORS)
                .requestMatchers("/api/v1/admin/**").hasRole(StaffRoles.PROVINCE_ADMIN)
                .requestMatchers(HttpMethod.POST, "/admin/contests/*/results/publish").hasRole(StaffRoles.PROVINCE_ADMIN)
                .requestMatchers(HttpMethod.POST, "/admin/contests/*/verification/**").hasAnyRole(StaffRoles.RESULT_VERIFIERS)
                .requestMatchers(HttpMethod.POST, "/admin/questions/**", "/admin/contests/**")
                .hasAnyRole(StaffRoles.CONTENT_EDITORS)
                .requestMatchers(HttpMethod.GET, "/admin/audit").hasAnyRole(StaffRoles.AUDIT_READERS)
                .requestMatchers(HttpMethod.GET, "/admin", "/admin/**").hasAnyRole(StaffRoles.ANY_STAFF)
                .requestMatchers("/admin", "/admin/**").hasRole(StaffRoles.PROVINCE_ADMIN);
    }
}
