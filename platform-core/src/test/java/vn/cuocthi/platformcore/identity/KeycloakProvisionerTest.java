package vn.cuocthi.platformcore.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cuocthi.platformcore.identity.KeycloakProvisioner.CLI_CLIENT;
import static vn.cuocthi.platformcore.identity.KeycloakProvisioner.CONSOLE_CLIENT;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Provisioning against a real Keycloak: what exists after it, what a retry does, and what tokens prove. */
@ExtendWith(KeycloakExtension.class)
@SuppressWarnings("unchecked") // JSON read as maps
class KeycloakProvisionerTest {

    private static final String TEMPORARY_PASSWORD = "Tam-thoi-2026!";

    private static List<URI> host(String slug) {
        return List.of(URI.create("http://" + slug + ".localhost:8080"));
    }

    private static UserSeed staff(String username, String password) {
        return new UserSeed(username, password, false, "Văn An", "Nguyễn", username + "@cuocthi.example");
    }

    @Test
    void provisioningTwiceGivesTheSameRealmRolesClientsAndASingleFirstAdmin(TestKeycloak keycloak) {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        KeycloakAdminClient admin = keycloak.admin();

        ProvinceRealm first = provisioner.provisionProvince("caobang", "Cao Bằng", "quantri.caobang",
                TEMPORARY_PASSWORD, host("caobang"));
        ProvinceRealm second = provisioner.provisionProvince("caobang", "Cao Bằng", "quantri.caobang",
                TEMPORARY_PASSWORD, host("caobang"));

        assertThat(second).isEqualTo(first);
        assertThat(first.realm()).isEqualTo("cuocthi-caobang");
        assertThat(first.issuer()).isEqualTo(URI.create(keycloak.keycloak().url() + "/realms/cuocthi-caobang"));
        assertThat(first.consoleClientId()).isEqualTo(CONSOLE_CLIENT);
        assertThat(first.consoleClientSecret()).isNotBlank();

        Map<String, Object> realm = admin.get("/admin/realms/{realm}", "cuocthi-caobang");
        assertThat(realm).containsEntry("displayName", "CuocThi – Cao Bằng").containsEntry("enabled", true)
                .containsEntry("defaultLocale", "vi").containsEntry("loginTheme", KeycloakProvisioner.LOGIN_THEME);
        assertThat(admin.list("/admin/realms").stream().filter(r -> "cuocthi-caobang".equals(r.get("realm"))))
                .hasSize(1);

        assertThat(admin.list("/admin/realms/{realm}/roles", "cuocthi-caobang"))
                .extracting(role -> (String) role.get("name"))
                .contains("province-admin", "editor", "viewer", "verifier")
                .doesNotHaveDuplicates();

        List<Map<String, Object>> clients = admin.list("/admin/realms/{realm}/clients", "cuocthi-caobang");
        assertThat(clients).filteredOn(client -> CONSOLE_CLIENT.equals(client.get("clientId"))).singleElement()
                .satisfies(console -> {
                    assertThat(console).containsEntry("publicClient", false)
                            .containsEntry("standardFlowEnabled", true)
                            .containsEntry("directAccessGrantsEnabled", false)
                            .containsEntry("redirectUris", List.of("http://caobang.localhost:8080/login/oauth2/code/*"));
                    assertThat((Map<String, Object>) console.get("attributes"))
                            .containsEntry("post.logout.redirect.uris", "http://caobang.localhost:8080/*")
                            .containsEntry("pkce.code.challenge.method", "S256");
                    assertThat((List<Map<String, Object>>) console.get("protocolMappers"))
                            .extracting(mapper -> (String) mapper.get("name"))
                            .containsExactlyInAnyOrder("audience-cuocthi", "realm-roles-as-roles");
                });
        assertThat(clients).filteredOn(client -> CLI_CLIENT.equals(client.get("clientId"))).singleElement()
                .satisfies(cli -> assertThat(cli).containsEntry("publicClient", true)
                        .containsEntry("directAccessGrantsEnabled", true));

        List<Map<String, Object>> users = admin.list("/admin/realms/{realm}/users", "cuocthi-caobang");
        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user).containsEntry("username", "quantri.caobang").containsEntry("enabled", true);
            assertThat((List<Object>) user.get("requiredActions")).containsExactly("UPDATE_PASSWORD");
            assertThat(admin.list("/admin/realms/{realm}/users/{id}/role-mappings/realm", "cuocthi-caobang", user.get("id")))
                    .extracting(role -> (String) role.get("name")).contains("province-admin");
        });
    }

    @Test
    void theFirstAdminGetsNoTokenUntilTheTemporaryPasswordIsChanged(TestKeycloak keycloak) {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        provisioner.provisionProvince("caobang", "Cao Bằng", "quantri.caobang", TEMPORARY_PASSWORD, host("caobang"));

        // The right password is recognised, and refused only because of the pending UPDATE_PASSWORD...
        assertThatThrownBy(() -> provisioner.staffToken("caobang", "quantri.caobang", TEMPORARY_PASSWORD))
                .isInstanceOfSatisfying(KeycloakException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid_grant");
                    assertThat(e.errorDescription()).isEqualTo("Account is not fully set up");
                });
        // ...which is not what a wrong password gets.
        assertThatThrownBy(() -> provisioner.staffToken("caobang", "quantri.caobang", "not-the-password"))
                .isInstanceOfSatisfying(KeycloakException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error()).isEqualTo("invalid_grant");
                    assertThat(e.errorDescription()).isEqualTo("Invalid user credentials");
                });
    }

    @Test
    void aCaobangTokenNamesTheCaobangIssuerAndDoesNotVerifyAgainstHaiduong(TestKeycloak keycloak) throws Exception {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        ProvinceRealm caobang = provisioner.provisionProvince("caobang", "Cao Bằng", "quantri.caobang",
                TEMPORARY_PASSWORD, host("caobang"));
        ProvinceRealm haiduong = provisioner.provisionProvince("haiduong", "Hải Dương", "quantri.haiduong",
                TEMPORARY_PASSWORD, host("haiduong"));
        provisioner.ensureStaffUser("caobang", staff("bientap.caobang", "Bien-tap-cao-bang-1"),
                Set.of(KeycloakProvisioner.ROLE_EDITOR));

        String token = provisioner.staffToken("caobang", "bientap.caobang", "Bien-tap-cao-bang-1").accessToken();

        SignedJWT parsed = SignedJWT.parse(token);
        assertThat(parsed.getJWTClaimsSet().getIssuer()).isEqualTo(caobang.issuer().toString());
        assertThat(parsed.getJWTClaimsSet().getAudience()).contains(KeycloakProvisioner.AUDIENCE);

        Jwt verified = decoder(keycloak, caobang.realm(), caobang.issuer()).decode(token);
        assertThat(verified.getClaimAsStringList(KeycloakProvisioner.ROLES_CLAIM)).contains("editor")
                .doesNotContain("province-admin");

        // haiduong's keys are not caobang's: the key id is unknown there, so the signature cannot be verified...
        JWKSet haiduongKeys = JWKSet.load(URI.create(jwksUri(keycloak, haiduong.realm())).toURL());
        assertThat(haiduongKeys.getKeys()).extracting(key -> key.getKeyID()).doesNotContain(parsed.getHeader().getKeyID());
        NimbusJwtDecoder signatureOnly = NimbusJwtDecoder.withJwkSetUri(jwksUri(keycloak, haiduong.realm())).build();
        signatureOnly.setJwtValidator(jwt -> org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
        assertThatThrownBy(() -> signatureOnly.decode(token)).isInstanceOf(JwtException.class);
        // ...and haiduong's resource-server configuration refuses it.
        assertThatThrownBy(() -> decoder(keycloak, haiduong.realm(), haiduong.issuer()).decode(token))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void suspendingAProvinceStopsSignInAndResumingRestoresIt(TestKeycloak keycloak) {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        provisioner.provisionProvince("laocai", "Lào Cai", "quantri.laocai", TEMPORARY_PASSWORD, host("laocai"));
        provisioner.ensureStaffUser("laocai", staff("xem.laocai", "Xem-ket-qua-lao-cai-1"),
                Set.of(KeycloakProvisioner.ROLE_VIEWER));
        TokenResponse beforeSuspension = provisioner.staffToken("laocai", "xem.laocai", "Xem-ket-qua-lao-cai-1");

        provisioner.suspendProvince("laocai");
        provisioner.suspendProvince("laocai");

        assertThat(provisioner.provinceEnabled("laocai")).contains(false);
        assertThatThrownBy(() -> provisioner.staffToken("laocai", "xem.laocai", "Xem-ket-qua-lao-cai-1"))
                .isInstanceOfSatisfying(KeycloakException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.error()).isEqualTo("access_denied");
                    assertThat(e.errorDescription()).isEqualTo("Realm not enabled");
                });
        // Re-running onboarding converges everything else but does not resume the province.
        provisioner.provisionProvince("laocai", "Lào Cai", "quantri.laocai", TEMPORARY_PASSWORD, host("laocai"));
        assertThat(provisioner.provinceEnabled("laocai")).contains(false);

        provisioner.resumeProvince("laocai");
        provisioner.resumeProvince("laocai");

        assertThat(provisioner.provinceEnabled("laocai")).contains(true);
        assertThat(provisioner.staffToken("laocai", "xem.laocai", "Xem-ket-qua-lao-cai-1").accessToken()).isNotBlank();
        // Suspension ended the sessions: what was signed in before does not come back with the province.
        assertThatThrownBy(() -> keycloak.admin().refreshGrant("cuocthi-laocai", CLI_CLIENT,
                beforeSuspension.refreshToken()))
                .isInstanceOfSatisfying(KeycloakException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
    }

    @Test
    void aRealmMadeBeforeTheThemeGetsThePlatformsLookOnRefresh(TestKeycloak keycloak) {
        String realm = KeycloakProvisioner.realmOf("backan");
        keycloak.provisioner().ensureRealm(realm, "CuocThi – Bắc Kạn");
        // as realms were before the theme: Keycloak's own pages and the realm's bare name
        KeycloakAdminClient admin = keycloak.admin();
        admin.put(Map.of("loginTheme", "keycloak.v2", "displayName", realm), "/admin/realms/{realm}", realm);

        KeycloakProvisioner provisioner = keycloak.provisioner();
        assertThat(provisioner.refreshProvinceLook("backan", "Bắc Kạn")).isTrue();
        assertThat(admin.get("/admin/realms/{realm}", realm)).containsEntry("loginTheme", KeycloakProvisioner.LOGIN_THEME)
                .containsEntry("displayName", "CuocThi – Bắc Kạn").containsEntry("enabled", true);
        assertThat(provisioner.refreshProvinceLook("khongcotinhnay", "Không Có")).isFalse();
        assertThat(admin.find("/admin/realms/{realm}", KeycloakProvisioner.realmOf("khongcotinhnay"))).isEmpty();
    }

    @Test
    void aRunThatStoppedPartWayIsCompletedByARetry(TestKeycloak keycloak) {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        KeycloakAdminClient admin = keycloak.admin();
        String realm = KeycloakProvisioner.realmOf("hagiang");

        // A first run that created the realm and one role, then died.
        provisioner.ensureRealm(realm, "CuocThi – Hà Giang");
        provisioner.ensureRealmRoles(realm, Map.of("editor", KeycloakProvisioner.PROVINCE_ROLES.get("editor")));
        assertThat(clientIds(admin, realm)).doesNotContain(CONSOLE_CLIENT, CLI_CLIENT);

        ProvinceRealm completed = provisioner.provisionProvince("hagiang", "Hà Giang", "quantri.hagiang",
                TEMPORARY_PASSWORD, host("hagiang"));
        assertComplete(admin, realm, completed);

        // Someone deletes the console client, the first admin and a role behind the provisioner's back.
        admin.delete("/admin/realms/{realm}/clients/{id}", realm, clientUuid(admin, realm, CONSOLE_CLIENT));
        admin.delete("/admin/realms/{realm}/users/{id}",
                realm, admin.list("/admin/realms/{realm}/users?username=quantri.hagiang&exact=true", realm).getFirst().get("id"));
        admin.delete("/admin/realms/{realm}/roles/{role}", realm, "verifier");

        ProvinceRealm repaired = provisioner.provisionProvince("hagiang", "Hà Giang", "quantri.hagiang",
                TEMPORARY_PASSWORD, host("hagiang"));
        assertComplete(admin, realm, repaired);
        // A recreated client has a new secret, and the caller is told the new one.
        assertThat(repaired.consoleClientSecret()).isNotEqualTo(completed.consoleClientSecret())
                .isEqualTo(admin.get("/admin/realms/{realm}/clients/{id}/client-secret", realm,
                        clientUuid(admin, realm, CONSOLE_CLIENT)).get("value"));
    }

    @Test
    void withDevClientsOffTheCliClientIsRemovedAndPasswordGrantsStop(TestKeycloak keycloak) {
        keycloak.provisioner().provisionProvince("quangninh", "Quảng Ninh", "quantri.quangninh", TEMPORARY_PASSWORD,
                host("quangninh"));
        keycloak.provisioner().ensureStaffUser("quangninh", staff("bientap.quangninh", "Bien-tap-quang-ninh-1"),
                Set.of(KeycloakProvisioner.ROLE_EDITOR));
        String realm = KeycloakProvisioner.realmOf("quangninh");
        assertThat(clientIds(keycloak.admin(), realm)).contains(CLI_CLIENT);

        KeycloakProvisioner production = keycloak.provisionerWithoutDevClients();
        production.provisionProvince("quangninh", "Quảng Ninh", "quantri.quangninh", TEMPORARY_PASSWORD,
                host("quangninh"));

        assertThat(clientIds(keycloak.admin(), realm)).contains(CONSOLE_CLIENT).doesNotContain(CLI_CLIENT);
        assertThatThrownBy(() -> production.staffToken("quangninh", "bientap.quangninh", "Bien-tap-quang-ninh-1"))
                .isInstanceOfSatisfying(KeycloakException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
    }

    @Test
    void thePlatformRealmGivesOperatorsTokensWithTheOperatorRole(TestKeycloak keycloak) throws Exception {
        KeycloakProvisioner provisioner = keycloak.provisioner();
        UserSeed operator = new UserSeed("vanhanh", "Van-hanh-quoc-gia-1", false, "Vận Hành", "Trần",
                "vanhanh@cuocthi.example");
        PlatformRealm first = provisioner.ensurePlatformRealm(List.of(URI.create("http://localhost:8080")), operator);
        PlatformRealm second = provisioner.ensurePlatformRealm(List.of(URI.create("http://localhost:8080")), operator);

        assertThat(second).isEqualTo(first);
        assertThat(keycloak.admin().list("/admin/realms/{realm}/users", first.realm())).hasSize(1);
        // a second process on another address keeps the first one's operator sign-in working
        provisioner.ensurePlatformRealm(List.of(URI.create("http://localhost:9090")), null);
        assertThat(keycloak.admin().list("/admin/realms/{realm}/clients", first.realm()))
                .filteredOn(client -> CONSOLE_CLIENT.equals(client.get("clientId"))).singleElement()
                .satisfies(console -> assertThat((List<Object>) console.get("redirectUris")).containsExactlyInAnyOrder(
                        "http://localhost:9090/login/oauth2/code/*", "http://localhost:8080/login/oauth2/code/*"));
        String token = provisioner.operatorToken("vanhanh", "Van-hanh-quoc-gia-1").accessToken();
        Jwt verified = decoder(keycloak, first.realm(), first.issuer()).decode(token);
        assertThat(verified.getIssuer().toString()).isEqualTo(keycloak.keycloak().url() + "/realms/cuocthi-platform");
        assertThat(verified.getClaimAsStringList(KeycloakProvisioner.ROLES_CLAIM)).contains("operator");
        // The ID token carries them too, for the console's sign-in.
        assertThat(SignedJWT.parse(provisioner.operatorToken("vanhanh", "Van-hanh-quoc-gia-1").idToken())
                .getJWTClaimsSet().getStringListClaim(KeycloakProvisioner.ROLES_CLAIM)).contains("operator");
    }

    private static NimbusJwtDecoder decoder(TestKeycloak keycloak, String realm, URI issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri(keycloak, realm)).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer.toString()));
        return decoder;
    }

    private static String jwksUri(TestKeycloak keycloak, String realm) {
        return (String) keycloak.admin().openidConfiguration(realm).get("jwks_uri");
    }

    private static void assertComplete(KeycloakAdminClient admin, String realm, ProvinceRealm result) {
        assertThat(result.realm()).isEqualTo(realm);
        assertThat(admin.list("/admin/realms/{realm}/roles", realm)).extracting(role -> (String) role.get("name"))
                .contains("province-admin", "editor", "viewer", "verifier");
        assertThat(clientIds(admin, realm)).containsOnlyOnce(CONSOLE_CLIENT, CLI_CLIENT);
        assertThat(admin.list("/admin/realms/{realm}/users", realm)).singleElement().satisfies(user ->
                assertThat(admin.list("/admin/realms/{realm}/users/{id}/role-mappings/realm", realm, user.get("id")))
                        .extracting(role -> (String) role.get("name")).contains("province-admin"));
        assertThat(result.consoleClientSecret()).isNotBlank();
    }

    private static List<String> clientIds(KeycloakAdminClient admin, String realm) {
        return admin.list("/admin/realms/{realm}/clients", realm).stream()
                .map(client -> (String) client.get("clientId")).toList();
    }

    private static String clientUuid(KeycloakAdminClient admin, String realm, String clientId) {
        return (String) admin.list("/admin/realms/{realm}/clients?clientId={clientId}", realm, clientId)
                .getFirst().get("id");
    }
}
