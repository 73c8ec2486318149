package vn.cuocthi.platformcore;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
}
