package vn.cuocthi.platformcore.security;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import vn.cuocthi.platformcore.identity.KeycloakProvisioner;
import vn.cuocthi.platformcore.identity.Realms;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;

/**
 * Bearer tokens are checked against the one issuer that belongs to the host: the province's realm on its host, the
 * platform realm on the bare domain. The decoder is chosen by the host, never by the token's own {@code iss}; a
 * genuine token of another realm of ours is told apart only to answer 403 rather than 401.
 */
final class TenantBearerAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    private final Realms realms;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    TenantBearerAuthentication(Realms realms) {
        this.realms = realms;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        Tenant tenant = TenantContext.current().orElse(null);
        String realm = tenant == null ? Realms.platform() : Realms.ofProvince(tenant.slug());
        return managers.computeIfAbsent(realm, this::managerFor);
    }

    private AuthenticationManager managerFor(String realm) {
        return authentication -> {
            Realms.Endpoints endpoints;
            try {
                endpoints = realms.endpoints(realm);
            } catch (RuntimeException e) {
                throw new AuthenticationServiceException("The identity provider of " + realm + " is not reachable", e);
            }
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            String issuer = unverifiedIssuer(token);
            if (!endpoints.issuer().equals(issuer)) {
                if (issuer != null && issuer.startsWith(endpoints.realmsPrefix())) {
                    throw new ForeignProvinceTokenException("Token issued by " + issuer + " presented to " + realm);
                }
                throw new InvalidBearerTokenException("Unknown token issuer");
            }
            return provider(endpoints).authenticate(authentication);
        };
    }

    private final Map<String, JwtAuthenticationProvider> providers = new ConcurrentHashMap<>();

    private JwtAuthenticationProvider provider(Realms.Endpoints endpoints) {
        return providers.computeIfAbsent(endpoints.realm(), realm -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(endpoints.jwksUri()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(endpoints.issuer()), TenantBearerAuthentication::audience));
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setPrincipalClaimName("preferred_username");
            converter.setJwtGrantedAuthoritiesConverter(jwt -> StaffRoles.authorities(jwt.getClaim(StaffRoles.ROLES_CLAIM)));
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(converter);
            return provider;
        });
    }

    /** Only tokens minted for our clients: Keycloak's own clients (account console, admin-cli) are refused. */
    private static OAuth2TokenValidatorResult audience(Jwt jwt) {
        List<String> audience = jwt.getAudience();
        return audience != null && audience.contains(KeycloakProvisioner.AUDIENCE)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Not a CuocThi token", null));
    }

    private static String unverifiedIssuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("Malformed token", e);
        }
    }
}
