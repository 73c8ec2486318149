package vn.cuocthi.platformcore.identity;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.PublicUrls;

/**
 * At start-up, the operators' realm exists and, when {@code cuocthi.identity.operator.username} and
 * {@code .password} are set (the first operator of a deployment, or the local demo), so does that operator.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlatformIdentity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformIdentity.class);

    private final KeycloakProvisioner provisioner;
    private final PublicUrls urls;
    private final Environment environment;

    PlatformIdentity(KeycloakProvisioner provisioner, PublicUrls urls, Environment environment) {
        this.provisioner = provisioner;
        this.urls = urls;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = environment.getProperty("cuocthi.identity.operator.username");
        String password = environment.getProperty("cuocthi.identity.operator.password");
        UserSeed operator = username == null || password == null ? null
                : new UserSeed(username, password, false, "Vận hành", "Quốc gia", username + "@operator.cuocthi.vn");
        provisioner.ensurePlatformRealm(List.of(URI.create(urls.platform())), operator);
        log.info("Operators' realm ready{}", operator == null ? "" : " with operator account " + operator.username());
    }
}
