package vn.cuocthi.platformcore.identity;

import java.net.URI;

/**
 * What the application needs to let a province's staff sign in.
 *
 * @param realm               {@code cuocthi-<slug>}
 * @param issuer              the {@code iss} of every token of this realm, as Keycloak itself announces it; the
 *                            province's host must accept tokens of this issuer only
 * @param consoleClientId     the confidential client for the staff console's authorization code flow
 * @param consoleClientSecret its secret (the same on every run unless the client had to be recreated)
 */
public record ProvinceRealm(String slug, String realm, URI issuer, String consoleClientId, String consoleClientSecret) {

    @Override
    public String toString() {
        return "ProvinceRealm[" + realm + ", issuer=" + issuer + ", client=" + consoleClientId + "]";
    }
}
