package vn.cuocthi.platformcore.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cuocthi.platformcore.web.ProblemResponses;

/**
 * Who may call what. Until staff and operators sign in through Keycloak, the operator API and the
 * province admin API accept the operator's bearer secret ({@link OperatorToken}); everything else is public.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String OPERATOR = "OPERATOR";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OperatorToken operatorToken, ProblemResponses problems)
            throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // API callers present a token each time: a refused call must not open a session
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/platform/**").hasRole(OPERATOR)
                        .requestMatchers("/api/v1/admin/**").hasRole(OPERATOR)
                        .anyRequest().permitAll())
                .addFilterBefore(new BearerOperatorFilter(operatorToken), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.required", Map.of());
                        })
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "auth.forbidden", Map.of())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** Authenticates {@code Authorization: Bearer <operator token>}; anything else stays anonymous. */
    static final class BearerOperatorFilter extends OncePerRequestFilter {
        private final OperatorToken operatorToken;

        BearerOperatorFilter(OperatorToken operatorToken) {
            this.operatorToken = operatorToken;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && operatorToken.matches(header.substring(7).trim())) {
                var authentication = UsernamePasswordAuthenticationToken.authenticated("operator", null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + OPERATOR)));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
            chain.doFilter(request, response);
        }
    }
}
