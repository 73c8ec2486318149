package vn.cuocthi.deploy.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * quiz-runtime and tenant-admin never depend on each other; both stand on platform-core only. No module's code knows
 * the local infrastructure: it only reaches the application through the configuration properties it sets.
 */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.cuocthi");

    private static final ApplicationModules MODULES = ApplicationModules.of("vn.cuocthi");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    /**
     * platform-core is closed: its plumbing is not part of what the feature modules may use, so verify() above
     * fails the day a feature module reaches for it (a tenant filter, the schema-switching data source, the local
     * Keycloak), and quiz-runtime may not use onboarding's identity provisioning or migrations at all.
     */
    @Test
    void platformCoreExposesItsNamedInterfacesAndHidesItsPlumbing() {
        ApplicationModule core = MODULES.getModuleByName("platformcore").orElseThrow();
        assertThat(core.getNamedInterfaces().stream().map(NamedInterface::getName))
                .contains("tenancy", "web", "security", "contest", "question", "unit", "ranking", "identity", "migration", "recovery");
        assertThat(core.isExposed(vn.cuocthi.platformcore.tenancy.TenantContext.class)).isTrue();
        assertThat(core.isExposed(vn.cuocthi.platformcore.tenancy.TenantKeys.class)).isTrue();
        assertThat(core.isExposed(vn.cuocthi.platformcore.security.EndpointRules.class)).isTrue();
        assertThat(core.isExposed(vn.cuocthi.platformcore.tenancy.TenantFilter.class)).isFalse();
        assertThat(core.isExposed(vn.cuocthi.platformcore.tenancy.TenantSchemaDataSource.class)).isFalse();
        assertThat(core.isExposed(vn.cuocthi.platformcore.tenancy.TenantTaskDecorator.class)).isFalse();
        ApplicationModule runtime = MODULES.getModuleByName("quizruntime").orElseThrow();
        assertThat(runtime.getAllowedDependencies(MODULES).toString()).doesNotContain("identity", "migration");
    }

    @Test
    void quizRuntimeDoesNotDependOnTenantAdmin() {
        noClasses().that().resideInAPackage("vn.cuocthi.quizruntime..")
                .should().dependOnClassesThat().resideInAPackage("vn.cuocthi.tenantadmin..")
                .check(CLASSES);
    }

    @Test
    void tenantAdminDoesNotDependOnQuizRuntime() {
        noClasses().that().resideInAPackage("vn.cuocthi.tenantadmin..")
                .should().dependOnClassesThat().resideInAPackage("vn.cuocthi.quizruntime..")
                .check(CLASSES);
    }

    @Test
    void platformCoreDependsOnNoFeatureModule() {
        noClasses().that().resideInAPackage("vn.cuocthi.platformcore..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.cuocthi.tenantadmin..", "vn.cuocthi.quizruntime..",
                        "vn.cuocthi.deploy..")
                .check(CLASSES);
    }

    @Test
    void noModuleDependsOnTheLocalInfrastructure() {
        noClasses().that().resideInAnyPackage("vn.cuocthi.platformcore..", "vn.cuocthi.tenantadmin..",
                        "vn.cuocthi.quizruntime..", "vn.cuocthi.deploy..")
                .should().dependOnClassesThat().resideInAPackage("vn.cuocthi.localinfra..")
                .check(CLASSES);
    }
}
