package vn.cuocthi.deploy.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.cuocthi.deploy.CuocThiApplication;

/**
 * The whole application on a random port against real (embedded) PostgreSQL and Redis, shared by every test
 * class that uses this annotation (one Spring context, one database per test JVM). Browsers a test opens with
 * {@link Browsers#chromium} are guarded and leave a screenshot when it fails ({@link BrowserFailures}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CuocThiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FailingProvisioningStep.class, TestIdentity.class, TestClock.Config.class})
@ExtendWith(BrowserFailures.class)
public @interface IntegrationTest {
}
