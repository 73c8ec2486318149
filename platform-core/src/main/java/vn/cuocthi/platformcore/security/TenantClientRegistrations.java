package vn.cuocthi.platformcore.security;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import vn.cuocthi.platformcore.identity.KeycloakProvisioner;
import vn.cuocthi.platformcore.identity.Realms;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;

/**
 * The staff console's sign-in client, one per province: its registration id is the province's slug and it exists
 * only on that province's host, so a sign-in (or its callback) for one province can never complete on another's.
 * The operators' console signs in the same way through the platform realm, as registration {@value #PLATFORM}, which
 * exists only on the bare domain ("platform" is a reserved slug, so no province can have that id).
 */
final class TenantClientRegistrations implements ClientRegistrationRepository {

    static final String PLATFORM = "platform";

    private final Realms realms;

    TenantClientRegistrations(Realms realms) {
        this.realms = realms;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Tenant tenant = TenantContext.current().orElse(null);
        if (tenant == null) {
            return PLATFORM.equals(registrationId) ? registration(PLATFORM, Realms.platform(), "CuocThi") : null;
        }
        if (!tenant.slug().equals(registrationId)) {
            return null;
        }
        return registration(tenant.slug(), Realms.ofProvince(tenant.slug()), tenant.name());
    }

    private ClientRegistration registration(String registrationId, String realm, String name) {
        Realms.Endpoints endpoints = realms.endpoints(realm);
        String secret = realms.consoleSecret(realm).orElse(null);
        if (secret == null) {
            return null;
        }
        return ClientRegistration.withRegistrationId(registrationId)
                .clientId(KeycloakProvisioner.CONSOLE_CLIENT)
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(endpoints.authorizationUri())
                .tokenUri(endpoints.tokenUri())
                .jwkSetUri(endpoints.jwksUri())
                .userInfoUri(endpoints.userInfoUri())
                .userNameAttributeName("preferred_username")
                .issuerUri(endpoints.issuer())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints.endSessionUri()))
                .clientName(name)
                .build();
    }
}
