package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.cuocthi.deploy.CuocThiApplication;

/**
 * The application with CUOCTHI_PROFILE=production and no database configured stops at once, naming the variable,
 * instead of starting an embedded PostgreSQL (the local infrastructure's own tests cover the other services).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

    @Test
    void productionWithNoDatabaseRefusesToStartAndNamesTheVariable(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(CuocThiApplication.class)
                .properties("server.port=0", "cuocthi.profile=production",
                        "spring.data.redis.host=127.0.0.1", "cuocthi.keycloak.url=http://127.0.0.1:1");

        assertThatThrownBy(application::run)
                .hasMessage("CUOCTHI_PROFILE=production starts no embedded services; set SPRING_DATASOURCE_URL (PostgreSQL)");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("CUOCTHI_PROFILE=production starts no embedded services; set SPRING_DATASOURCE_URL (PostgreSQL)");
    }
}
