package vn.cuocthi.platformcore.security;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.TenantContext;

/** Records console sign-ins and sign-outs in the province's own schema (the events fire inside its request). */
@Component
class StaffSignInAudit {

    private final JdbcClient jdbc;

    StaffSignInAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication(), "SIGN_IN");
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), "SIGN_OUT");
    }

    private void record(Authentication authentication, String kind) {
        if (!(authentication instanceof OAuth2AuthenticationToken) || TenantContext.current().isEmpty()) {
            return;
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        jdbc.sql("insert into staff_event (username, kind, address) values (?, ?, ?)")
                .params(authentication.getName(), kind, address).update();
    }
}
