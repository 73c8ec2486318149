package vn.cuocthi.tenantadmin;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import vn.cuocthi.platformcore.AppRole;
import vn.cuocthi.platformcore.ConditionalOnRole;

/** Entry point of the tenant-admin module: loaded on nodes with the {@code admin} role (or both). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(AppRole.ADMIN)
@ComponentScan
public class TenantAdminModule {
}
