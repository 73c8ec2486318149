package vn.cuocthi.platformcore.tenancy;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the pool Boot configures (embedded or external PostgreSQL alike) in the schema-switching provider. */
@Configuration(proxyBeanMethods = false)
class TenantDataSourceConfiguration {

    @Bean
    static BeanPostProcessor tenantSchemaDataSourceWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof TenantSchemaDataSource)) {
                    return new TenantSchemaDataSource(dataSource);
                }
                return bean;
            }
        };
    }
}
