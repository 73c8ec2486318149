package vn.cuocthi.deploy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * quiz-runtime and tenant-admin never depend on each other; both stand on platform-core only. No module's code knows
 * the local infrastructure: it only reaches the application through the configuration properties it sets.
 */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.cuocthi");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        ApplicationModules.of("vn.cuocthi").verify();
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
