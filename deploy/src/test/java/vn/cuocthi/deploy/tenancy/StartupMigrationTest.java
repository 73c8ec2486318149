package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.cuocthi.deploy.CuocThiApplication;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** A new release's change set reaches every existing province when a node starts. */
@IntegrationTest
class StartupMigrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startUpMigratesProvinceSchemasThatAreBehind() {
        String one = Provinces.onboard(port, "cu", "Tỉnh Cũ Một");
        String two = Provinces.onboard(port, "cu", "Tỉnh Cũ Hai");
        assertThat(tables(one)).doesNotContain("notice");

        // a second node of the next release starts against the same database
        try (ConfigurableApplicationContext next = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "cuocthi.migrations.tenant-changelog=classpath:db/test-changelog/tenant-next.xml")
                .run()) {
            assertThat(next.isRunning()).isTrue();
        }

        assertThat(tables(one)).contains("notice", "unit");
        assertThat(tables(two)).contains("notice", "unit");
        assertThat(jdbc.sql("select count(*) from tenant_" + one + ".databasechangelog where id = 'test-next-release-notice'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aProvinceWhoseMigrationFailsAnswers503WhileTheOthersAreServed() {
        String broken = Provinces.onboard(port, "hong", "Tỉnh Hỏng Một");
        String healthy = Provinces.onboard(port, "lanh", "Tỉnh Lành Hai");
        // the next release's change set cannot apply to this schema (its table is already there)
        jdbc.sql("create table tenant_" + broken + ".notice (id bigint)").update();

        try (ConfigurableApplicationContext next = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "cuocthi.migrations.tenant-changelog=classpath:db/test-changelog/tenant-next.xml")
                .run()) {
            int nextPort = Integer.parseInt(next.getEnvironment().getProperty("local.server.port"));
            assertThat(Http.province(nextPort, healthy).get("/").status()).isEqualTo(200);
            Http.Reply refused = Http.province(nextPort, broken).get("/api/v1/contests");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.json().get("code").asString()).isEqualTo("tenant.unmigrated");
        }

        assertThat(changeSetApplied(healthy)).isTrue();
        assertThat(changeSetApplied(broken)).isFalse();
        assertThat(Http.province(port, broken).get("/").status()).as("the node that did not migrate still serves it")
                .isEqualTo(200);
    }

    private boolean changeSetApplied(String slug) {
        return jdbc.sql("select count(*) from tenant_" + slug + ".databasechangelog where id = 'test-next-release-notice'")
                .query(Integer.class).single() == 1;
    }

    private List<String> tables(String slug) {
        return jdbc.sql("select table_name from information_schema.tables where table_schema = ?")
                .param("tenant_" + slug).query(String.class).list();
    }
}
