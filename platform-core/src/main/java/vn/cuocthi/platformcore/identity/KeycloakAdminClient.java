package vn.cuocthi.platformcore.identity;

import org.springframework.modulith.NamedInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Keycloak's admin REST API and token endpoint over Spring's {@link RestClient}, with JSON as plain maps.
 *
 * <p>Plain maps rather than Keycloak's representation classes: {@code keycloak-admin-client} brings RESTEasy and
 * Jackson 2, and we only touch a few dozen fields whose names are Keycloak's documented JSON. The admin token
 * (master realm, 60 s by default) is fetched on demand and renewed shortly before it expires.
 */
@NamedInterface("identity")
public final class KeycloakAdminClient {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(15);

    /**
     * The account the admin API is used with.
     *
     * @param realm    realm the account belongs to ({@code master} for the bootstrap admin)
     * @param clientId public client allowing its password grant ({@code admin-cli})
     */
    public record AdminCredentials(String realm, String clientId, String username, String password) {

        public static AdminCredentials from(KeycloakProperties properties) {
            return new AdminCredentials(properties.adminRealm(), properties.adminClientId(), properties.adminUsername(),
                    properties.adminPassword());
        }

        @Override
        public String toString() {
            return "AdminCredentials[" + username + "@" + realm + "]";
        }
    }

    private final URI baseUrl;
    private final AdminCredentials credentials;
    private final RestClient rest;
    private String adminToken;
    private Instant adminTokenRenewAt = Instant.MIN;

    /**
     * @param builder  a builder to copy (it is not changed); Spring Boot's auto-configured one carries the
     *                 application's message converters and observation
     * @param baseUrl  Keycloak's base URL, without {@code /realms} or {@code /admin}
     */
    public KeycloakAdminClient(RestClient.Builder builder, URI baseUrl, AdminCredentials credentials) {
        if (credentials.password() == null || credentials.password().isBlank()) {
            throw new IllegalArgumentException("No password for the Keycloak admin " + credentials.username()
                    + " (set cuocthi.keycloak.admin-password)");
        }
        this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        this.credentials = credentials;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        // Onboarding must fail with a message rather than hang when Keycloak stalls.
        requestFactory.setReadTimeout(Duration.ofSeconds(30));
        this.rest = builder.clone().baseUrl(this.baseUrl.toString()).requestFactory(requestFactory).build();
    }

    public static KeycloakAdminClient create(URI baseUrl, AdminCredentials credentials) {
        return new KeycloakAdminClient(RestClient.builder(), baseUrl, credentials);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** GET a JSON object; empty on 404. */
    public Optional<Map<String, Object>> find(String path, Object... variables) {
        try {
            return Optional.ofNullable(call("GET " + path, () -> rest.get().uri(path, variables)
                    .headers(this::authorize).retrieve().body(MAP)));
        } catch (KeycloakException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** GET a JSON object that must exist. */
    public Map<String, Object> get(String path, Object... variables) {
        return call("GET " + path, () -> rest.get().uri(path, variables).headers(this::authorize).retrieve().body(MAP));
    }

    /** GET a JSON array. */
    public List<Map<String, Object>> list(String path, Object... variables) {
        List<Map<String, Object>> body = call("GET " + path, () -> rest.get().uri(path, variables)
                .headers(this::authorize).retrieve().body(LIST));
        return body == null ? List.of() : body;
    }

    /**
     * POST a JSON body that creates something.
     *
     * @return the new resource's id (the last segment of {@code Location}), or empty when Keycloak answered 409
     *         Conflict because it exists already (another run got there first)
     */
    public Optional<String> create(Object body, String path, Object... variables) {
        try {
            ResponseEntity<Void> response = call("POST " + path, () -> rest.post().uri(path, variables)
                    .headers(this::authorize).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity());
            URI location = response.getHeaders().getLocation();
            if (location == null) {
                return Optional.of("");
            }
            String text = location.getPath();
            return Optional.of(text.substring(text.lastIndexOf('/') + 1));
        } catch (KeycloakException e) {
            if (e.status() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** POST a JSON body (or none) to an action endpoint. */
    public void post(Object body, String path, Object... variables) {
        call("POST " + path, () -> {
            RestClient.RequestBodySpec request = rest.post().uri(path, variables).headers(this::authorize);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().toBodilessEntity();
        });
    }

    /** PUT a JSON body; Keycloak's update endpoints change only the fields present. */
    public void put(Object body, String path, Object... variables) {
        call("PUT " + path, () -> rest.put().uri(path, variables).headers(this::authorize)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity());
    }

    /** DELETE; a missing resource counts as deleted. */
    public void delete(String path, Object... variables) {
        try {
            call("DELETE " + path, () -> rest.delete().uri(path, variables).headers(this::authorize)
                    .retrieve().toBodilessEntity());
        } catch (KeycloakException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /**
     * Resource owner password grant. Only clients with direct access grants allow it ({@code cuocthi-cli} in dev,
     * {@code admin-cli} in master).
     *
     * @throws KeycloakException with Keycloak's {@code error} and {@code error_description} when refused
     */
    public TokenResponse passwordGrant(String realm, String clientId, String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", clientId);
        form.add("username", username);
        form.add("password", password);
        form.add("scope", "openid");
        return token(realm, form, "password grant for " + username + " in realm " + realm + " via " + clientId);
    }

    /** Refresh grant for a public client; refused once the session behind the refresh token has ended. */
    public TokenResponse refreshGrant(String realm, String clientId, String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);
        return token(realm, form, "refresh grant in realm " + realm + " via " + clientId);
    }

    private TokenResponse token(String realm, MultiValueMap<String, String> form, String what) {
        return TokenResponse.from(call(what, () -> rest.post().uri("/realms/{realm}/protocol/openid-connect/token", realm)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(MAP)));
    }

    /** The realm's OpenID Provider metadata ({@code issuer}, {@code jwks_uri}, endpoints). */
    public Map<String, Object> openidConfiguration(String realm) {
        return call("GET OpenID configuration of realm " + realm, () -> rest.get()
                .uri("/realms/{realm}/.well-known/openid-configuration", realm).retrieve().body(MAP));
    }

    private void authorize(HttpHeaders headers) {
        headers.setBearerAuth(adminToken());
    }

    private synchronized String adminToken() {
        if (adminToken == null || Instant.now().isAfter(adminTokenRenewAt)) {
            TokenResponse token;
            try {
                token = passwordGrant(credentials.realm(), credentials.clientId(), credentials.username(),
                        credentials.password());
            } catch (KeycloakException e) {
                if (e.status() == 401 || "invalid_grant".equals(e.error())) {
                    throw new KeycloakException("Keycloak at " + baseUrl + " refused the admin " + credentials
                            + ": wrong password? A local Keycloak creates its bootstrap admin only on the first start of"
                            + " an empty data folder, with the password of that start. (" + e.getMessage() + ")",
                            e.status(), e.error(), e.errorDescription(), e);
                }
                throw e;
            }
            adminToken = token.accessToken();
            adminTokenRenewAt = Instant.now().plusSeconds(token.expiresIn()).minus(RENEW_BEFORE_EXPIRY);
        }
        return adminToken;
    }

    /** Runs a call, turning Spring's exceptions into a {@link KeycloakException} that says what was attempted. */
    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            Map<String, Object> error = errorBody(e);
            Object code = error.get("error");
            Object description = error.getOrDefault("error_description", error.get("errorMessage"));
            String body = e.getResponseBodyAsString();
            throw new KeycloakException("Keycloak at " + baseUrl + " answered " + e.getStatusCode().value() + " to " + what
                    + (body.isBlank() ? "" : ": " + abbreviate(body)), e.getStatusCode().value(),
                    code == null ? null : code.toString(), description == null ? null : description.toString(), e);
        } catch (ResourceAccessException e) {
            throw new KeycloakException("Keycloak at " + baseUrl + " could not be reached for " + what + ": "
                    + e.getMessage(), 0, null, null, e);
        }
    }

    private static Map<String, Object> errorBody(RestClientResponseException e) {
        if (!(e instanceof HttpClientErrorException)) {
            return Map.of();
        }
        try {
            Map<String, Object> body = e.getResponseBodyAs(MAP);
            return body == null ? Map.of() : body;
        } catch (RuntimeException notJson) {
            return Map.of();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
