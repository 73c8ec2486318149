package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;

/** A node started before its PostgreSQL waits for it with a clear line per try, then starts normally. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseWaitTest {

    @Test
    void startUpWaitsForADatabaseThatIsNotUpYet(CapturedOutput output) throws Exception {
        int databasePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        CompletableFuture<ConfigurableApplicationContext> node = CompletableFuture.supplyAsync(
                () -> new SpringApplicationBuilder(CuocThiApplication.class)
                        .properties("server.port=0",
                                "spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                                "spring.datasource.username=postgres",
                                "cuocthi.startup.database-wait=2m")
                        .run());
        while (!output.getAll().contains("PostgreSQL at jdbc:postgresql://localhost:" + databasePort
                + "/postgres is not reachable")) {
            assertThat(node).as("the node waits instead of failing").isNotDone();
            Thread.sleep(200);
        }
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(databasePort).start();
             ConfigurableApplicationContext app = node.get(2, TimeUnit.MINUTES)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(Http.platform(port).get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(output.getAll()).contains("is reachable; starting")
                    .doesNotContain("Exception during pool initialization");
        }
    }
}
