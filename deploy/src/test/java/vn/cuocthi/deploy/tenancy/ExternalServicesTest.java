package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.localinfra.EmbeddedInfrastructure;
import vn.cuocthi.localinfra.EmbeddedRedisServer;

/**
 * With SPRING_DATASOURCE_URL, Redis and Keycloak settings the application uses those servers and starts none of its own:
 * the same code path as with the embedded defaults, pointed elsewhere.
 */
@IntegrationTest
class ExternalServicesTest {

    @Autowired
    Environment shared;

    @Test
    void configuredDatabaseRedisAndKeycloakAreUsedInsteadOfEmbeddedOnes() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start(); // stands in for an external Redis
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(CuocThiApplication.class)
                     .properties("server.port=0",
                             "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                             "spring.datasource.username=postgres",
                             "spring.data.redis.host=127.0.0.1",
                             "spring.data.redis.port=" + redis.port(),
                             // the shared test Keycloak stands in for an external one
                             "cuocthi.keycloak.url=" + shared.getProperty("cuocthi.keycloak.url"),
                             "cuocthi.keycloak.admin-password=" + shared.getProperty("cuocthi.keycloak.admin-password"))
                     .run()) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(external.getPort());
            assertThat(jdbc.sql("select count(*) from platform.tenant").query(Integer.class).single())
                    .as("migrated the external database").isZero();
            assertThat(app.getEnvironment().getPropertySources().contains(EmbeddedInfrastructure.PROPERTY_SOURCE))
                    .as("nothing embedded was started or configured").isFalse();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Http.Reply ready = Http.platform(port).get("/actuator/health/readiness");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().at("/components/redis/status").asString()).isEqualTo("UP");
        }
    }
}
