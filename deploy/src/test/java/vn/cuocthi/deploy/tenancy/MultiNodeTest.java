package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Several application nodes on one database and one Redis see the same provinces at once. */
@IntegrationTest
class MultiNodeTest {

    @LocalServerPort
    int port;

    @Test
    void suspensionOnOneNodeReachesAnotherAtOnceOverRedis() throws Exception {
        String slug = Provinces.onboard(port, "nhieunut", "Tỉnh Nhiều Nút");
        // the second node's timed reload is an hour away: only the Redis announcement can tell it in time
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "cuocthi.tenant-refresh=1h").run()) {
            int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            assertThat(Http.province(otherPort, slug).get("/").status()).isEqualTo(200);

            Http.platform(port).asOperator().post("/api/v1/platform/tenants/" + slug + "/suspend", null);
            assertThat(awaitStatus(otherPort, slug, 503)).as("suspension seen by the other node").isTrue();

            Http.platform(port).asOperator().post("/api/v1/platform/tenants/" + slug + "/resume", null);
            assertThat(awaitStatus(otherPort, slug, 200)).as("resumption seen by the other node").isTrue();
        }
    }

    @Test
    void aProvinceOnboardedOnOneNodeIsServedByAnother() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "cuocthi.tenant-refresh=1h").run()) {
            int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            String slug = Provinces.onboard(port, "nutmoi", "Tỉnh Nút Mới");
            assertThat(awaitStatus(otherPort, slug, 200)).isTrue();
        }
    }

    private static boolean awaitStatus(int port, String slug, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            if (Http.province(port, slug).get("/").status() == status) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
