package vn.cuocthi.platformcore.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a module's endpoints. Each module declares the rules of its own paths as a bean of this type;
 * the platform's security applies its own rules, then every module's, and refuses whatever none of them named,
 * so an endpoint nobody classified is closed, not open. Rules are matched in order, first match wins: list the
 * narrow paths before the wide ones.
 */
@FunctionalInterface
public interface EndpointRules {

    /**
     * Path prefixes whose {@code Authorization: Bearer} tokens are the module's own, not Keycloak's (the contestant
     * API): the staff token check leaves them alone.
     */
    default List<String> ownTokenPaths() {
        return List.of();
    }

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints);
}
