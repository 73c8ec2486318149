package vn.cuocthi.deploy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** One executable, three shapes: a runtime node serves contestants only, an admin node staff and operators only. */
@IntegrationTest
class RolesTest {

    @LocalServerPort
    int port;

    @Test
    void runtimeNodeServesContestantPagesButNoAdministration() {
        String slug = Provinces.onboard(port, "vaitro", "Tỉnh Vai Trò");
        try (ConfigurableApplicationContext runtime = start("runtime")) {
            int runtimePort = portOf(runtime);
            assertThat(Http.province(runtimePort, slug).get("/").status()).isEqualTo(200);
            assertThat(Http.province(runtimePort, slug).asAdmin().get("/api/v1/admin/units").status()).isEqualTo(404);
            assertThat(Http.platform(runtimePort).asOperator().get("/api/v1/platform/tenants").status()).isEqualTo(404);
        }
    }

    @Test
    void adminNodeServesAdministrationButNoContestantPages() {
        String slug = Provinces.onboard(port, "vaitro", "Tỉnh Vai Trò");
        try (ConfigurableApplicationContext admin = start("admin")) {
            int adminPort = portOf(admin);
            assertThat(Http.province(adminPort, slug).get("/").status()).isEqualTo(404);
            assertThat(Http.province(adminPort, slug).asAdmin().get("/api/v1/admin/units").status()).isEqualTo(200);
            assertThat(Http.platform(adminPort).asOperator().get("/api/v1/platform/tenants").status()).isEqualTo(200);
        }
    }

    private static ConfigurableApplicationContext start(String role) {
        return new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "cuocthi.role=" + role)
                .run();
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
