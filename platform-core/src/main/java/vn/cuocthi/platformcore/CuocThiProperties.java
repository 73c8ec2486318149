package vn.cuocthi.platformcore;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform ({@code cuocthi.*}; environment variables {@code CUOCTHI_*}).
 *
 * @param baseDomain      provinces live at {@code <slug>.<baseDomain>}, the operator API at the bare domain
 * @param role            which part this node serves: runtime (contestants), admin (staff, operator) or both
 * @param operatorToken   bearer secret of the operator API until staff identity moves to Keycloak; generated
 *                        and kept in the data folder when the embedded database is used and none is set
 * @param dataDir         where local data lives (embedded PostgreSQL, the generated operator token)
 * @param tenantRefresh   how often each node reloads the tenant registry (changes are also pushed over Redis)
 * @param migrations      Liquibase change logs
 */
@ConfigurationProperties("cuocthi")
public record CuocThiProperties(
        @DefaultValue("localhost") String baseDomain,
        @DefaultValue("both") AppRole role,
        String operatorToken,
        @DefaultValue(".data") Path dataDir,
        @DefaultValue("5s") Duration tenantRefresh,
        @DefaultValue Migrations migrations) {

    /**
     * @param platformChangelog change log of the {@code platform} schema
     * @param tenantChangelog   change log applied to every {@code tenant_<slug>} schema
     */
    public record Migrations(
            @DefaultValue("classpath:db/changelog/platform/master.xml") String platformChangelog,
            @DefaultValue("classpath:db/changelog/tenant/master.xml") String tenantChangelog) {
    }
}
