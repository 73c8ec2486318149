package vn.cuocthi.deploy;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import vn.cuocthi.platformcore.PlatformCoreModule;
import vn.cuocthi.quizruntime.QuizRuntimeModule;
import vn.cuocthi.tenantadmin.TenantAdminModule;

/**
 * The one executable. {@code CUOCTHI_ROLE} picks the parts it serves (runtime, admin, both); the argument
 * {@code migrate} (or {@code CUOCTHI_MIGRATE_ONLY=true}) brings every schema up to date and exits, for a
 * deployment's migration job.
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackages = "vn.cuocthi")
@Import({PlatformCoreModule.class, TenantAdminModule.class, QuizRuntimeModule.class})
public class CuocThiApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CuocThiApplication.class);
        boolean migrateOnly = Arrays.asList(args).contains("migrate")
                || Boolean.parseBoolean(System.getenv().getOrDefault("CUOCTHI_MIGRATE_ONLY", "false"));
        if (migrateOnly) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("cuocthi.migrate-only", "true", "cuocthi.demo.enabled", "false"));
            ConfigurableApplicationContext context = application.run(args);
            // start-up has migrated the platform and every province; nothing else to do
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
