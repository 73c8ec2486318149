package vn.cuocthi.platformcore;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the platform-core module; the application imports it. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(CuocThiProperties.class)
@EnableScheduling
@EnableAsync
public class PlatformCoreModule {

    /** The server's clock: deadlines and schedules are the server's (invariant 2); tests may replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
