package vn.cuocthi.deploy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.FailingProvisioningStep;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestIdentity;
import vn.cuocthi.platformcore.identity.KeycloakAdminClient;
import vn.cuocthi.platformcore.identity.KeycloakException;
import vn.cuocthi.platformcore.identity.KeycloakProvisioner;

/** Onboarding provisions the province's realm; suspension stops its staff from signing in; retries converge. */
@IntegrationTest
class IdentityLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    KeycloakAdminClient keycloak;

    @Test
    void onboardingCreatesTheRealmAndAFirstAdminWhoMustChangeThePassword() {
        String slug = Provinces.uniqueSlug("danhtinh");
        JsonNode onboarded = Http.platform(port).asOperator()
                .post("/api/v1/platform/tenants", Map.of("slug", slug, "name", "Tỉnh Danh Tính")).json();

        assertThat(onboarded.at("/firstAdmin/username").asString()).isEqualTo("quantri");
        String temporary = onboarded.at("/firstAdmin/temporaryPassword").asString();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(keycloak.find("/admin/realms/{realm}", "cuocthi-" + slug)).isPresent();
        List<Map<String, Object>> admins = keycloak.list("/admin/realms/{realm}/users?username=quantri&exact=true", "cuocthi-" + slug);
        assertThat(admins).hasSize(1);
        assertThat(String.valueOf(admins.getFirst().get("requiredActions"))).contains("UPDATE_PASSWORD");
        assertThatThrownBy(() -> TestIdentity.provisioner().staffToken(slug, "quantri", temporary))
                .isInstanceOf(KeycloakException.class).hasMessageContaining("not fully set up");
    }

    @Test
    void aFailedOnboardingIsCompletedByARetryWithOneRealmAndOneFirstAdmin() {
        String slug = Provinces.uniqueSlug(FailingProvisioningStep.PREFIX);
        Http.Reply failed = Http.platform(port).asOperator().post("/api/v1/platform/tenants", Map.of("slug", slug, "name", "Tỉnh Thử Lại"));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(keycloak.find("/admin/realms/{realm}", "cuocthi-" + slug)).as("identity step ran before the failure").isPresent();

        Http.Reply retried = Http.platform(port).asOperator().post("/api/v1/platform/tenants", Map.of("slug", slug, "name", "Tỉnh Thử Lại"));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("firstAdmin").isNull()).as("the first admin was created by the first run").isTrue();
        assertThat(keycloak.list("/admin/realms/{realm}/users?username=quantri&exact=true", "cuocthi-" + slug)).hasSize(1);
        assertThat(keycloak.list("/admin/realms/{realm}/clients?clientId={id}", "cuocthi-" + slug, KeycloakProvisioner.CONSOLE_CLIENT))
                .hasSize(1);
    }

    @Test
    void suspendedProvincesStaffCannotSignInUntilResumed() {
        String slug = Provinces.onboard(port, "tamngung", "Tỉnh Tạm Ngừng");
        assertThat(TestIdentity.staffToken(slug, "editor")).isNotBlank();

        Http.platform(port).asOperator().post("/api/v1/platform/tenants/" + slug + "/suspend", null);
        assertThatThrownBy(() -> TestIdentity.provisioner().staffToken(slug, "test.editor", "Test-Staff-Pass-1"))
                .isInstanceOf(KeycloakException.class).hasMessageContaining("Realm not enabled");
        assertThat(Http.province(port, slug).get("/api/v1/admin/units").status()).isEqualTo(503);

        Http.platform(port).asOperator().post("/api/v1/platform/tenants/" + slug + "/resume", null);
        assertThat(TestIdentity.provisioner().staffToken(slug, "test.editor", "Test-Staff-Pass-1").accessToken()).isNotBlank();
    }
}
