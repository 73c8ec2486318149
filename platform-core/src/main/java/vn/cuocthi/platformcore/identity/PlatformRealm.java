package vn.cuocthi.platformcore.identity;

import java.net.URI;

/** The national operators' realm; the same shape as {@link ProvinceRealm}, without a province. */
public record PlatformRealm(String realm, URI issuer, String consoleClientId, String consoleClientSecret) {

    @Override
    public String toString() {
        return "PlatformRealm[" + realm + ", issuer=" + issuer + ", client=" + consoleClientId + "]";
    }
}
