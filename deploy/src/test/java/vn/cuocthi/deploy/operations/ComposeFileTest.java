package vn.cuocthi.deploy.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The single-VM compose file: the four services, the application started only after the migration succeeded,
 * and every variable the application's containers get is one it reads (README, Configuration), with what a
 * production node needs. No Docker here: the file is read, not run.
 */
class ComposeFileTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheApplicationOnItsServicesWithVariablesItReads() {
        Map<String, Object> compose = DeploymentFiles.documents(
                DeploymentFiles.read(DeploymentFiles.DEPLOY.resolve("compose/compose.yaml"))).getFirst();
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "redis", "keycloak", "migrate", "cuocthi");

        Set<String> readable = DeploymentFiles.configurationVariables();
        for (String application : List.of("migrate", "cuocthi")) {
            Map<String, Object> environment = (Map<String, Object>) services.get(application).get("environment");
            assertThat(environment.keySet()).as("variables of %s the application does not read", application)
                    .isSubsetOf(readable)
                    .containsAll(DeploymentFiles.PRODUCTION_REQUIRED)
                    .contains("SPRING_DATA_REDIS_HOST");
            assertThat(environment.get("CUOCTHI_PROFILE")).isEqualTo("production");
            assertThat(environment.get("SPRING_DATASOURCE_URL")).asString().contains("//postgres:5432/");
            assertThat(environment.get("SPRING_DATA_REDIS_HOST")).isEqualTo("redis");
            assertThat(environment.get("CUOCTHI_KEYCLOAK_URL")).asString().startsWith("http://keycloak:");
        }
        assertThat((List<String>) services.get("migrate").get("command")).containsExactly("migrate");
        Map<String, Map<String, String>> dependencies =
                (Map<String, Map<String, String>>) services.get("cuocthi").get("depends_on");
        assertThat(dependencies.get("migrate")).containsEntry("condition", "service_completed_successfully");
        assertThat(dependencies).containsKeys("redis", "keycloak");
    }
}
