package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.Tenant;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantFilter;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.platformcore.tenancy.TenantSchemaDataSource;

/** The tenant context and the connection's schema: set at the edge, carried into other threads, always reset. */
@IntegrationTest
class TenantPlumbingTest {

    @LocalServerPort
    int port;

    @Autowired
    TenantFilter filter;

    @Autowired
    TenantRegistry registry;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    AsyncTaskExecutor executor;

    @Test
    void filterClearsTheContextAfterTheRequestEvenWhenItFails() throws Exception {
        String slug = Provinces.onboard(port, "xoa", "Tỉnh Xoá");
        List<String> seenInside = new ArrayList<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName(slug + ".localhost");
        MockFilterChain failing = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws ServletException {
                seenInside.add(TenantContext.require().slug());
                throw new ServletException("controller blew up");
            }
        });

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), failing)).hasMessageContaining("blew up");
        assertThat(seenInside).containsExactly(slug);
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void asyncTasksRunForTheTenantThatSubmittedThem() throws Exception {
        Tenant alpha = tenant(Provinces.onboard(port, "nen", "Tỉnh Nền"));
        CompletableFuture<String> seen = TenantContext.call(alpha, () ->
                executor.submitCompletable(() -> TenantContext.current().map(Tenant::slug).orElse("none") + "/" + currentSchema()));

        assertThat(seen.get(30, TimeUnit.SECONDS)).isEqualTo(alpha.slug() + "/" + alpha.schema());
        CompletableFuture<String> afterwards = executor.submitCompletable(() -> TenantContext.current().map(Tenant::slug).orElse("none"));
        assertThat(afterwards.get(30, TimeUnit.SECONDS)).isEqualTo("none");
    }

    @Test
    void scheduledWorkVisitsEachProvinceInItsOwnSchema() {
        String one = Provinces.onboard(port, "lich", "Tỉnh Lịch Một");
        String two = Provinces.onboard(port, "lich", "Tỉnh Lịch Hai");
        List<String> visits = new ArrayList<>();
        registry.forEachActive(tenant -> visits.add(tenant.slug() + "=" + currentSchema()));

        assertThat(visits).contains(one + "=tenant_" + one, two + "=tenant_" + two);
        assertThat(TenantContext.current()).isEmpty();
        assertThat(currentSchema()).isEqualTo("platform");
    }

    @Test
    void reusedConnectionPointsAtEachCheckoutsProvinceAndSkipsTheSetWhenItAlreadyDoes() throws Exception {
        Tenant alpha = tenant(Provinces.onboard(port, "ketnoi", "Tỉnh Kết Nối"));
        Tenant beta = tenant(Provinces.onboard(port, "ketnoi", "Tỉnh Kết Nối Hai"));
        // a pool of one connection, so every checkout is the same physical connection
        try (HikariDataSource single = new HikariDataSource()) {
            HikariDataSource shared = dataSource.unwrap(HikariDataSource.class);
            single.setJdbcUrl(shared.getJdbcUrl());
            single.setUsername(shared.getUsername());
            single.setPassword(shared.getPassword());
            single.setMaximumPoolSize(1);
            TenantSchemaDataSource tenantAware = new TenantSchemaDataSource(single);

            String firstBackend = checkout(tenantAware, alpha, "select pg_backend_pid()::text");
            assertThat(checkout(tenantAware, alpha, "show search_path")).isEqualTo(alpha.schema());
            try (Connection raw = single.getConnection()) {
                assertThat(searchPath(raw)).as("no reset on release: the pooled connection still points at alpha")
                        .isEqualTo(alpha.schema());
            }
            assertThat(checkout(tenantAware, beta, "show search_path")).as("reused by another province").isEqualTo(beta.schema());
            assertThat(checkout(tenantAware, beta, "select current_schema()")).isEqualTo(beta.schema());
            assertThat(checkout(tenantAware, null, "show search_path")).as("no province: platform").isEqualTo("platform");
            assertThat(checkout(tenantAware, alpha, "show search_path")).isEqualTo(alpha.schema());
            assertThat(checkout(tenantAware, beta, "select pg_backend_pid()::text")).as("one physical connection throughout")
                    .isEqualTo(firstBackend);

            // a connection whose search path someone else may change (Liquibase) is set and reset every time
            assertThat(checkout(tenantAware.untracked(), beta, "show search_path")).isEqualTo(beta.schema());
            try (Connection raw = single.getConnection()) {
                assertThat(searchPath(raw)).isEqualTo("platform");
                try (Statement statement = raw.createStatement()) {
                    statement.execute("SET search_path TO \"" + beta.schema() + "\""); // behind its back, now untracked
                }
            }
            assertThat(checkout(tenantAware, alpha, "show search_path")).isEqualTo(alpha.schema());
        }
    }

    private static String checkout(DataSource tenantAware, Tenant tenant, String sql) {
        return TenantContext.call(tenant, () -> {
            try (Connection connection = tenantAware.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Tenant tenant(String slug) {
        return registry.find(slug).orElseThrow();
    }

    private String currentSchema() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String searchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("show search_path")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
