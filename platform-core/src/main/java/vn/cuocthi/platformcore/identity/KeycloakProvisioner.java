package vn.cuocthi.platformcore.identity;

import org.springframework.modulith.NamedInterface;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.cuocthi.platformcore.tenancy.TenantSlug;

/**
 * Creates and converges the identity side of the platform in Keycloak: one realm for national operators and one realm
 * per province (docs/identity.md says why realms rather than Organizations).
 *
 * <p>Every operation is idempotent and converging: each step looks at what exists, creates what is missing and
 * updates what differs, so running it again is harmless and a run that stopped part-way is finished by the next one.
 * Two things are deliberately left alone once they exist: a realm's enabled flag (owned by
 * {@link #suspendProvince}/{@link #resumeProvince}, so re-running onboarding never resumes a suspended province) and
 * a user's password (a first admin who already chose a password keeps it).
 */
@NamedInterface("identity")
public final class KeycloakProvisioner {

    private static final Logger log = LoggerFactory.getLogger(KeycloakProvisioner.class);

    public static final String PLATFORM_REALM = "cuocthi-platform";
    public static final String REALM_PREFIX = "cuocthi-";
    public static final String CONSOLE_CLIENT = "cuocthi-console";
    public static final String CLI_CLIENT = "cuocthi-cli";
    /**
     * Audience put in the access tokens of our two clients only. A realm also has Keycloak's own clients (account
     * console, admin-cli) that can obtain tokens; a resource server that requires this audience accepts none of them.
     */
    public static final String AUDIENCE = "cuocthi";

    public static final String ROLE_OPERATOR = "operator";
    public static final String ROLE_PROVINCE_ADMIN = "province-admin";
    public static final String ROLE_EDITOR = "editor";
    public static final String ROLE_VIEWER = "viewer";
    public static final String ROLE_VERIFIER = "verifier";

    /** Realm roles of a province, with the descriptions staff see in Keycloak's consoles. */
    static final Map<String, String> PROVINCE_ROLES = orderedMap(
            ROLE_PROVINCE_ADMIN, "Quản trị tỉnh: toàn quyền trong tỉnh",
            ROLE_EDITOR, "Biên tập: cuộc thi và ngân hàng câu hỏi",
            ROLE_VIEWER, "Xem kết quả và báo cáo",
            ROLE_VERIFIER, "Xác minh người đoạt giải");
    static final Map<String, String> PLATFORM_ROLES = Map.of(ROLE_OPERATOR, "Vận hành viên quốc gia");

    /**
     * The application's login theme (the keycloak-theme module: the platform's look on the sign-in pages). A Keycloak
     * without it shows its own pages for these realms, with a warning in its log, so a missing JAR never blocks sign-in.
     */
    public static final String LOGIN_THEME = "cuocthi";

    /** Claim with the user's realm roles, flat, in access token, ID token and userinfo alike. */
    public static final String ROLES_CLAIM = "roles";

    /**
     * On our clients: the {@link #AUDIENCE} audience, and the realm roles as the flat {@link #ROLES_CLAIM} claim, so
     * the API (access token) and the console's sign-in (ID token) read roles the same way, without Keycloak's
     * nested {@code realm_access.roles} that is only in access tokens.
     */
    private static final List<Map<String, Object>> PROTOCOL_MAPPERS = List.of(
            Map.of("name", "audience-" + AUDIENCE,
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of(
                            "included.custom.audience", AUDIENCE,
                            "access.token.claim", "true",
                            "id.token.claim", "false",
                            "introspection.token.claim", "true")),
            Map.of("name", "realm-roles-as-" + ROLES_CLAIM,
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-usermodel-realm-role-mapper",
                    "config", Map.of(
                            "claim.name", ROLES_CLAIM,
                            "jsonType.label", "String",
                            "multivalued", "true",
                            "access.token.claim", "true",
                            "id.token.claim", "true",
                            "userinfo.token.claim", "true",
                            "introspection.token.claim", "true")));

    private final KeycloakAdminClient admin;
    private final boolean devClients;

    /**
     * @param devClients whether realms get the {@code cuocthi-cli} client (direct password grants for scripts and
     *                   tests); false removes it where it exists
     */
    public KeycloakProvisioner(KeycloakAdminClient admin, boolean devClients) {
        this.admin = Objects.requireNonNull(admin);
        this.devClients = devClients;
    }

    public static String realmOf(String slug) {
        return REALM_PREFIX + requireSlug(slug);
    }

    /** How many operator-console addresses the shared platform realm keeps (see {@code withRegisteredBases}). */
    private static final int MAX_PLATFORM_BASES = 20;

    // ---------------------------------------------------------------------------------------------------------------
    // Public operations

    /**
     * The national operators' realm {@code cuocthi-platform} with role {@code operator}, the console client for the
     * given base URLs, the dev client when enabled, and an operator account when {@code operator} is given.
     */
    public PlatformRealm ensurePlatformRealm(Collection<URI> consoleBaseUrls, UserSeed operator) {
        String realm = PLATFORM_REALM;
        ensureRealm(realm, "CuocThi – Vận hành quốc gia");
        ensureRealmRoles(realm, PLATFORM_ROLES);
        String clientUuid = ensureConsoleClient(realm, withRegisteredBases(realm, consoleBaseUrls));
        ensureCliClient(realm);
        if (operator != null) {
            ensureUser(realm, operator, Set.of(ROLE_OPERATOR));
        }
        return new PlatformRealm(realm, issuer(realm), CONSOLE_CLIENT, clientSecret(realm, clientUuid));
    }

    /**
     * The province's realm {@code cuocthi-<slug>}: display name "CuocThi – {@code displayName}", Vietnamese login
     * pages, realm roles province-admin/editor/viewer/verifier, the console client for {@code consoleBaseUrls} (for
     * example {@code https://caobang.cuocthi.vn}), the dev client when enabled, and the first admin with role
     * province-admin and a temporary password (required action {@code UPDATE_PASSWORD}).
     *
     * @return realm, issuer and the console client's id and secret
     * @throws KeycloakException when Keycloak refuses a step; running it again continues where it stopped
     */
    public ProvinceRealm provisionProvince(String slug, String displayName, String firstAdminUsername,
                                           String temporaryPassword, Collection<URI> consoleBaseUrls) {
        return provisionProvince(slug, displayName, UserSeed.withTemporaryPassword(firstAdminUsername, temporaryPassword),
                consoleBaseUrls);
    }

    /** As above, with the first admin given whole (its e-mail address, for Keycloak's password reset mails). */
    public ProvinceRealm provisionProvince(String slug, String displayName, UserSeed firstAdmin,
                                           Collection<URI> consoleBaseUrls) {
        String realm = realmOf(slug);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("The province " + slug + " needs a display name");
        }
        ensureRealm(realm, "CuocThi – " + displayName);
        ensureRealmRoles(realm, PROVINCE_ROLES);
        String clientUuid = ensureConsoleClient(realm, consoleBaseUrls);
        ensureCliClient(realm);
        ensureUser(realm, firstAdmin, Set.of(ROLE_PROVINCE_ADMIN));
        ProvinceRealm result = new ProvinceRealm(slug, realm, issuer(realm), CONSOLE_CLIENT,
                clientSecret(realm, clientUuid));
        log.info("Provisioned Keycloak realm {} for province {}", realm, slug);
        return result;
    }

    /**
     * Ensures a staff account in a province with the given realm roles (added, never removed), for demo accounts and
     * tests. The password is set only when the account is created.
     */
    public String ensureStaffUser(String slug, UserSeed user, Set<String> roles) {
        for (String role : roles) {
            if (!PROVINCE_ROLES.containsKey(role)) {
                throw new IllegalArgumentException("Not a province role: " + role + " (roles: " + PROVINCE_ROLES.keySet() + ")");
            }
        }
        return ensureUser(realmOf(slug), user, roles);
    }

    /**
     * Brings an existing province realm's sign-in pages to the current look: its display name and the
     * {@link #LOGIN_THEME}, for realms made before the theme existed (run at start-up). Nothing when the realm does not
     * exist yet: onboarding makes it with the look.
     *
     * @return whether the realm exists
     */
    public boolean refreshProvinceLook(String slug, String displayName) {
        String realm = realmOf(slug);
        if (admin.find("/admin/realms/{realm}", realm).isEmpty()) {
            return false;
        }
        admin.put(look("CuocThi – " + displayName), "/admin/realms/{realm}", realm);
        return true;
    }

    /**
     * Disables the province's realm: its staff can no longer sign in or refresh tokens, and their sessions end.
     * Access tokens already issued stay valid until they expire (5 minutes by default), so the application must
     * refuse a suspended province's requests by itself as well.
     */
    public void suspendProvince(String slug) {
        String realm = realmOf(slug);
        requireRealm(realm);
        admin.put(Map.of("enabled", false), "/admin/realms/{realm}", realm);
        admin.post(null, "/admin/realms/{realm}/logout-all", realm);
        log.info("Suspended Keycloak realm {}", realm);
    }

    /** Re-enables the province's realm. */
    public void resumeProvince(String slug) {
        String realm = realmOf(slug);
        requireRealm(realm);
        admin.put(Map.of("enabled", true), "/admin/realms/{realm}", realm);
        log.info("Resumed Keycloak realm {}", realm);
    }

    /** Whether the province's realm exists and is enabled; empty when it does not exist. */
    public Optional<Boolean> provinceEnabled(String slug) {
        return admin.find("/admin/realms/{realm}", realmOf(slug)).map(realm -> Boolean.TRUE.equals(realm.get("enabled")));
    }

    /**
     * A token for a province staff member through {@code cuocthi-cli} (dev only), as a script or test would get one.
     *
     * @throws KeycloakException when refused, for example {@code invalid_grant} / "Account is not fully set up" while
     *                           a required action such as the first password change is pending
     */
    public TokenResponse staffToken(String slug, String username, String password) {
        return admin.passwordGrant(realmOf(slug), CLI_CLIENT, username, password);
    }

    /** A token for a national operator through {@code cuocthi-cli} of the platform realm (dev only). */
    public TokenResponse operatorToken(String username, String password) {
        return admin.passwordGrant(PLATFORM_REALM, CLI_CLIENT, username, password);
    }

    /** The issuer Keycloak puts in this realm's tokens. */
    public URI issuer(String realm) {
        return URI.create((String) admin.openidConfiguration(realm).get("issuer"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Steps: package-private so tests can run part of a provisioning and check that a retry completes it.

    void ensureRealm(String realm, String displayName) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("realm", realm);
        settings.putAll(look(displayName));
        // Staff read Vietnamese; Keycloak ships Vietnamese login, account and e-mail texts.
        settings.put("internationalizationEnabled", true);
        settings.put("supportedLocales", List.of("vi", "en"));
        settings.put("defaultLocale", "vi");
        // These accounts decide contest winners: lock out password guessing, keep a sign-in trail.
        settings.put("bruteForceProtected", true);
        settings.put("passwordPolicy", "length(10) and notUsername(undefined)");
        settings.put("eventsEnabled", true);
        settings.put("eventsExpiration", 90 * 24 * 3600);
        settings.put("adminEventsEnabled", true);
        Optional<Map<String, Object>> existing = admin.find("/admin/realms/{realm}", realm);
        if (existing.isEmpty()) {
            Map<String, Object> created = new LinkedHashMap<>(settings);
            created.put("enabled", true);
            if (admin.create(created, "/admin/realms").isPresent()) {
                log.info("Created Keycloak realm {}", realm);
                return;
            }
        }
        // Exists (or a concurrent run created it): converge, leaving 'enabled' to suspend/resume.
        admin.put(settings, "/admin/realms/{realm}", realm);
    }

    /** What the sign-in pages show: the realm's name in the platform's theme. */
    private static Map<String, Object> look(String displayName) {
        Map<String, Object> look = new LinkedHashMap<>();
        look.put("displayName", displayName);
        look.put("displayNameHtml", htmlEscape(displayName));
        look.put("loginTheme", LOGIN_THEME);
        return look;
    }

    void ensureRealmRoles(String realm, Map<String, String> roles) {
        roles.forEach((name, description) -> {
            Optional<Map<String, Object>> existing = admin.find("/admin/realms/{realm}/roles/{role}", realm, name);
            Map<String, Object> wanted = Map.of("name", name, "description", description);
            if (existing.isEmpty()) {
                admin.create(wanted, "/admin/realms/{realm}/roles", realm);
            } else if (!description.equals(existing.get().get("description"))) {
                admin.put(wanted, "/admin/realms/{realm}/roles-by-id/{id}", realm, existing.get().get("id"));
            }
        });
    }

    /**
     * The platform realm is shared by every application process that uses this Keycloak: in production all nodes
     * have the same base URL, but a second process on another address (a test's second application, a staging
     * node) must not take the operator console's sign-in away from the first. So its console client keeps the
     * callbacks already registered (this process's first, at most {@value #MAX_PLATFORM_BASES}), where a
     * province's client is converged to exactly its province's addresses.
     */
    private List<URI> withRegisteredBases(String realm, Collection<URI> consoleBaseUrls) {
        java.util.LinkedHashSet<String> bases = new java.util.LinkedHashSet<>();
        consoleBaseUrls.forEach(base -> bases.add(withoutTrailingSlash(base)));
        findClient(realm, CONSOLE_CLIENT).map(client -> client.get("redirectUris")).filter(List.class::isInstance)
                .ifPresent(uris -> ((List<?>) uris).forEach(uri -> {
                    String text = String.valueOf(uri);
                    if (text.endsWith("/login/oauth2/code/*")) {
                        bases.add(text.substring(0, text.length() - "/login/oauth2/code/*".length()));
                    }
                }));
        return bases.stream().limit(MAX_PLATFORM_BASES).map(URI::create).toList();
    }

    /** The confidential client for the console's authorization code flow (with PKCE); returns its internal id. */
    String ensureConsoleClient(String realm, Collection<URI> consoleBaseUrls) {
        List<String> bases = consoleBaseUrls.stream().map(KeycloakProvisioner::withoutTrailingSlash).toList();
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("At least one console base URL is needed for realm " + realm);
        }
        Map<String, Object> client = oidcClient(CONSOLE_CLIENT, "CuocThi – Bảng điều khiển", false);
        client.put("clientAuthenticatorType", "client-secret");
        client.put("rootUrl", bases.getFirst());
        client.put("baseUrl", bases.getFirst() + "/");
        // No admin URL: Keycloak would otherwise POST the old adapters' k_logout to the root URL on "log out all
        // sessions" (suspension). Back-channel logout for Spring Security is its own attribute, set with the wiring.
        client.put("adminUrl", "");
        // Spring Security's default callback is {baseUrl}/login/oauth2/code/{registrationId}.
        client.put("redirectUris", bases.stream().map(base -> base + "/login/oauth2/code/*").toList());
        client.put("webOrigins", bases);
        client.put("attributes", Map.of(
                "post.logout.redirect.uris", String.join("##", bases.stream().map(base -> base + "/*").toList()),
                // Spring Security 7 sends PKCE for the authorization code flow by default; require it.
                "pkce.code.challenge.method", "S256"));
        return ensureClient(realm, client);
    }

    /** The public dev client with direct password grants, or its removal when dev clients are off. */
    void ensureCliClient(String realm) {
        if (!devClients) {
            findClient(realm, CLI_CLIENT).ifPresent(existing -> {
                admin.delete("/admin/realms/{realm}/clients/{id}", realm, existing.get("id"));
                log.info("Removed the dev client {} from realm {}", CLI_CLIENT, realm);
            });
            return;
        }
        ensureClient(realm, oidcClient(CLI_CLIENT, "CuocThi – dòng lệnh (chỉ môi trường phát triển)", true));
    }

    /**
     * Creates the user if missing (with its password, temporary or not) and adds missing realm roles.
     *
     * @return the user's id
     */
    String ensureUser(String realm, UserSeed user, Set<String> roles) {
        String userId = findUser(realm, user.username()).map(existing -> (String) existing.get("id")).orElse(null);
        if (userId == null) {
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("username", user.username());
            created.put("enabled", true);
            if (user.firstName() != null) {
                created.put("firstName", user.firstName());
            }
            if (user.lastName() != null) {
                created.put("lastName", user.lastName());
            }
            if (user.email() != null) {
                created.put("email", user.email());
                created.put("emailVerified", true);
            }
            created.put("credentials", List.of(Map.of(
                    "type", "password", "value", user.password(), "temporary", user.temporaryPassword())));
            created.put("requiredActions", user.temporaryPassword() ? List.of("UPDATE_PASSWORD") : List.of());
            Optional<String> id = admin.create(created, "/admin/realms/{realm}/users", realm);
            userId = id.filter(value -> !value.isEmpty())
                    .or(() -> findUser(realm, user.username()).map(existing -> (String) existing.get("id")))
                    .orElseThrow(() -> new KeycloakException("User " + user.username() + " was neither created nor found"
                            + " in realm " + realm, 0, null, null, null));
            log.info("Created user {} in realm {}", user.username(), realm);
        }
        ensureRealmRoleMappings(realm, userId, roles);
        return userId;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * An OpenID Connect client with exactly one way to get tokens: a confidential client only the browser's
     * authorization code flow, a public one only the password grant (which is why public means dev-only here).
     */
    private static Map<String, Object> oidcClient(String clientId, String name, boolean publicClient) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("name", name);
        client.put("enabled", true);
        client.put("protocol", "openid-connect");
        client.put("publicClient", publicClient);
        client.put("standardFlowEnabled", !publicClient);
        client.put("directAccessGrantsEnabled", publicClient);
        client.put("implicitFlowEnabled", false);
        client.put("serviceAccountsEnabled", false);
        return client;
    }

    private String ensureClient(String realm, Map<String, Object> wanted) {
        String clientId = (String) wanted.get("clientId");
        Optional<Map<String, Object>> existing = findClient(realm, clientId);
        String uuid;
        if (existing.isPresent()) {
            uuid = (String) existing.get().get("id");
            admin.put(wanted, "/admin/realms/{realm}/clients/{id}", realm, uuid);
        } else {
            uuid = admin.create(wanted, "/admin/realms/{realm}/clients", realm)
                    .filter(id -> !id.isEmpty())
                    .or(() -> findClient(realm, clientId).map(client -> (String) client.get("id")))
                    .orElseThrow();
            log.info("Created client {} in realm {}", clientId, realm);
        }
        ensureProtocolMappers(realm, uuid);
        return uuid;
    }

    /** Client update ignores protocol mappers, so they are converged through their own endpoint. */
    private void ensureProtocolMappers(String realm, String clientUuid) {
        List<Map<String, Object>> present = admin.list("/admin/realms/{realm}/clients/{id}/protocol-mappers/models",
                realm, clientUuid);
        for (Map<String, Object> mapper : PROTOCOL_MAPPERS) {
            Optional<Map<String, Object>> existing = present.stream()
                    .filter(candidate -> mapper.get("name").equals(candidate.get("name"))).findFirst();
            if (existing.isEmpty()) {
                admin.create(mapper, "/admin/realms/{realm}/clients/{id}/protocol-mappers/models", realm, clientUuid);
            } else if (!(existing.get().get("config") instanceof Map<?, ?> config
                    && config.entrySet().containsAll(((Map<?, ?>) mapper.get("config")).entrySet()))) {
                // Keycloak adds defaults of its own to a stored config, so only our entries are compared.
                Map<String, Object> updated = new LinkedHashMap<>(mapper);
                updated.put("id", existing.get().get("id"));
                admin.put(updated, "/admin/realms/{realm}/clients/{client}/protocol-mappers/models/{id}", realm,
                        clientUuid, existing.get().get("id"));
            }
        }
    }

    private void ensureRealmRoleMappings(String realm, String userId, Set<String> roles) {
        List<String> present = admin.list("/admin/realms/{realm}/users/{id}/role-mappings/realm", realm, userId)
                .stream().map(role -> (String) role.get("name")).toList();
        List<Map<String, Object>> missing = new ArrayList<>();
        for (String role : roles) {
            if (!present.contains(role)) {
                Map<String, Object> representation = admin.get("/admin/realms/{realm}/roles/{role}", realm, role);
                missing.add(Map.of("id", representation.get("id"), "name", role));
            }
        }
        if (!missing.isEmpty()) {
            admin.post(missing, "/admin/realms/{realm}/users/{id}/role-mappings/realm", realm, userId);
        }
    }

    private String clientSecret(String realm, String clientUuid) {
        return (String) admin.get("/admin/realms/{realm}/clients/{id}/client-secret", realm, clientUuid).get("value");
    }

    private Optional<Map<String, Object>> findClient(String realm, String clientId) {
        // The clientId filter matches exactly; still check, it is cheap.
        return admin.list("/admin/realms/{realm}/clients?clientId={clientId}", realm, clientId).stream()
                .filter(client -> clientId.equals(client.get("clientId"))).findFirst();
    }

    private Optional<Map<String, Object>> findUser(String realm, String username) {
        return admin.list("/admin/realms/{realm}/users?username={username}&exact=true", realm, username).stream()
                .filter(user -> username.equalsIgnoreCase((String) user.get("username"))).findFirst();
    }

    private void requireRealm(String realm) {
        if (admin.find("/admin/realms/{realm}", realm).isEmpty()) {
            throw new KeycloakException("Realm " + realm + " does not exist in Keycloak at " + admin.baseUrl()
                    + "; provision the province first", 404, null, null, null);
        }
    }

    private static String requireSlug(String slug) {
        if (!TenantSlug.isWellFormed(slug)) { // onboarding's own rule, so a slug it accepted never fails here
            throw new IllegalArgumentException("Not a province slug: '" + slug + "' (lower-case letters a-z and digits,"
                    + " starting with a letter, 2 to 30 characters)");
        }
        return slug;
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String htmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
