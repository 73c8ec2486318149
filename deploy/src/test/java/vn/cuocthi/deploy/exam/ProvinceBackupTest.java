package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/**
 * deploy/backup: one province's schema dumped with pg_dump and restored into a fresh database holds its results, and
 * nothing of another province. Needs a pg_dump at least as new as the server (PG_BIN, or on PATH); skipped without.
 */
@IntegrationTest
class ProvinceBackupTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @TempDir
    Path folder;

    @Test
    void aProvinceRestoredIntoAFreshDatabaseHasItsResultsAndNoOtherProvince() throws Exception {
        int serverMajor = jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single();
        Optional<Path> bin = clientFor(serverMajor);
        assumeTrue(bin.isPresent(), "no pg_dump " + serverMajor + " (set PG_BIN); see docs/reliability.md");

        ExamFixture.OpenContest open = ExamFixture.openContest(port, "saoluu", "Tỉnh Sao Lưu", "Sao lưu rồi khôi phục");
        String province = open.province();
        String contestId = open.contestId();
        String other = Provinces.onboard(port, "khac", "Tỉnh Khác");
        ExamFixture.sit(Http.province(port, province), contestId, "Trần Văn Lưu", 3, null);
        ExamFixture.sit(Http.province(port, province), contestId, "Trần Thị Giữ", 1, null);
        List<Integer> results = jdbc.sql("select correct_count from tenant_" + province
                + ".attempt order by correct_count").query(Integer.class).list();

        String fresh = "restore_" + province;
        jdbc.sql("create database " + fresh).update();
        Path dump = folder.resolve(province + ".dump");
        run(bin.get(), null, "deploy/backup/backup-province.sh", province, dump.toString());
        run(bin.get(), fresh, "deploy/backup/restore-province.sh", dump.toString());

        JdbcClient restored = JdbcClient.create(dataSource(fresh));
        assertThat(restored.sql("select correct_count from tenant_" + province + ".attempt order by correct_count")
                .query(Integer.class).list()).isEqualTo(results).containsExactly(1, 3);
        assertThat(restored.sql("select schema_name from information_schema.schemata where schema_name like 'tenant_%'")
                .query(String.class).list()).containsExactly("tenant_" + province).doesNotContain("tenant_" + other);
    }

    private void run(Path bin, String database, String script, String... args) throws IOException, InterruptedException {
        URI url = URI.create(environment.getProperty("spring.datasource.url").substring("jdbc:".length()));
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("..").resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("script.log").toFile());
        builder.environment().put("PG_BIN", bin.toString());
        builder.environment().put("PGHOST", url.getHost());
        builder.environment().put("PGPORT", Integer.toString(url.getPort()));
        builder.environment().put("PGUSER", environment.getProperty("spring.datasource.username"));
        builder.environment().put("PGDATABASE", database != null ? database : url.getPath().substring(1));
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(script + ": " + Files.readString(folder.resolve("script.log"))).isZero();
    }

    private SimpleDriverDataSource dataSource(String database) {
        String url = environment.getProperty("spring.datasource.url");
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
        return new SimpleDriverDataSource(new org.postgresql.Driver(), base + database + query,
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password", ""));
    }

    /** PG_BIN, or the folder of the pg_dump on PATH, when its major version is at least the server's. */
    private static Optional<Path> clientFor(int serverMajor) throws IOException, InterruptedException {
        String configured = System.getenv("PG_BIN");
        List<Path> candidates = configured != null ? List.of(Path.of(configured)) : List.of(Path.of("/usr/bin"),
                Path.of("/usr/local/bin"), Path.of("/usr/lib/postgresql/" + serverMajor + "/bin"));
        for (Path candidate : candidates) {
            Path pgDump = candidate.resolve("pg_dump");
            if (!Files.isExecutable(pgDump)) {
                continue;
            }
            Process version = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
            String text = new String(version.getInputStream().readAllBytes()).trim();
            version.waitFor();
            java.util.regex.Matcher major = java.util.regex.Pattern.compile("(\\d+)\\.\\d+").matcher(text);
            if (major.find() && Integer.parseInt(major.group(1)) >= serverMajor) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
