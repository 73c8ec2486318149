package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.platformcore.embedded.EmbeddedRedisServer;

/**
 * With SPRING_DATASOURCE_URL and Redis settings the application uses those servers and starts none of its own:
 * the same code path as with the embedded defaults, pointed elsewhere.
 */
class ExternalServicesTest {

    @Test
    void configuredDatabaseAndRedisAreUsedInsteadOfEmbeddedOnes() throws Exception {
        EmbeddedRedisServer redis = EmbeddedRedisServer.start(); // stands in for an external Redis
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(CuocThiApplication.class)
                     .properties("server.port=0",
                             "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                             "spring.datasource.username=postgres",
                             "spring.data.redis.host=127.0.0.1",
                             "spring.data.redis.port=" + redis.port())
                     .run()) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(external.getPort());
            assertThat(jdbc.sql("select count(*) from platform.tenant").query(Integer.class).single())
                    .as("migrated the external database").isZero();
            assertThat(app.getEnvironment().getPropertySources().contains("cuocthiEmbeddedInfrastructure"))
                    .as("nothing embedded was started or configured").isFalse();

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Http.Reply ready = Http.platform(port).get("/actuator/health/readiness");
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().at("/components/redis/status").asString()).isEqualTo("UP");
        }
    }
}
