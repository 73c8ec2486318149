package vn.cuocthi.quizruntime;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.security.EndpointRules;

/**
 * The contestant pages and API are open to anyone on a province host: registration and sign-in are how one gets
 * in, and every other endpoint checks the contestant's own token itself (docs/security.md). Listed by method, so
 * a verb nobody serves here stays refused.
 */
@Component
class ContestantEndpoints implements EndpointRules {

    @Override
    public List<String> ownTokenPaths() {
        return List.of("/api/v1/auth/", "/api/v1/contests", "/api/v1/attempts/", "/api/v1/bot-check");
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints) {
        endpoints.requestMatchers(HttpMethod.GET, "/", "/tro-giup", "/contests/**", "/c/*", "/bai-thi/**", "/api/v1/contests/**",
                        "/thuong-hieu.css", "/thuong-hieu/*",
                        "/api/v1/attempts/**", "/api/v1/bot-check", "/dev/tin-nhan").permitAll()
                .requestMatchers(HttpMethod.POST, "/contests/*/dang-ky", "/contests/*/dang-nhap", "/contests/*/dang-xuat",
                        "/contests/*/bai-thi", "/api/v1/auth/login", "/api/v1/auth/logout", "/api/v1/contests/*/registrations",
                        "/api/v1/contests/*/attempts", "/api/v1/attempts/*/submit", "/contests/*/dang-ky-thi-tap-trung",
                        "/contests/*/thi-tap-trung/*/anh", "/api/v1/contests/*/sessions",
                        "/api/v1/contests/*/sessions/*/photos", "/contests/*/quen-mat-khau", "/contests/*/dat-lai-mat-khau",
                        "/api/v1/auth/recovery/code", "/api/v1/auth/recovery/reset").permitAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/attempts/*/answers/*").permitAll();
    }
}
