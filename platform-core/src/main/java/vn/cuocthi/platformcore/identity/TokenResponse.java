package vn.cuocthi.platformcore.identity;

import java.util.Map;

/** The tokens of a successful grant, as Keycloak's token endpoint returned them. */
public record TokenResponse(String accessToken, String refreshToken, String idToken, String tokenType, long expiresIn,
                            String scope) {

    static TokenResponse from(Map<String, Object> body) {
        Object expiresIn = body.get("expires_in");
        return new TokenResponse((String) body.get("access_token"), (String) body.get("refresh_token"),
                (String) body.get("id_token"), (String) body.get("token_type"),
                expiresIn instanceof Number number ? number.longValue() : 0, (String) body.get("scope"));
    }

    @Override
    public String toString() {
        // Tokens are credentials: keep them out of logs and assertion messages.
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
