package vn.cuocthi.platformcore.personal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of personal data, from the environment, never from the database: {@code CUOCTHI_DATA_KEYS} lists
 * sealing keys as {@code id:base64} (32 bytes each, ids 1–65535, comma-separated); the first one listed seals new
 * values, the others still open old ones until the re-encryption moved them. A rotation on running nodes is then
 * two rollouts: add the new key second (every node opens it before any seals with it), then move it first. {@code CUOCTHI_DATA_LOOKUP_KEY} (32
 * bytes, base64) keys the look-up hashes. It rotates on its own ({@link LookupRotation}): the new key goes in
 * {@code CUOCTHI_DATA_LOOKUP_KEY}, the old one in {@code CUOCTHI_DATA_LOOKUP_KEY_PREVIOUS}, and while the previous
 * one is set every look-up also tries the hash under it ({@code previousLookup}, null when no rotation is under way).
 */
public record DataKeys(Map<Integer, SecretKey> sealing, int current, SecretKey lookup, SecretKey previousLookup) {

    public DataKeys {
        if (!sealing.containsKey(current)) {
            throw new IllegalStateException("No personal-data key: set CUOCTHI_DATA_KEYS (id:base64 of 32 bytes)");
        }
        sealing = Map.copyOf(sealing);
    }

    /** Parses the two settings; refuses (naming the variable, never the value) when one is missing or malformed. */
    public static DataKeys parse(String sealingKeys, String lookupKey) {
        return parse(sealingKeys, lookupKey, null);
    }

    /** With the look-up key being rotated away from ({@code CUOCTHI_DATA_LOOKUP_KEY_PREVIOUS}; blank: none). */
    public static DataKeys parse(String sealingKeys, String lookupKey, String previousLookupKey) {
        if (sealingKeys == null || sealingKeys.isBlank()) {
            throw new IllegalStateException("CUOCTHI_DATA_KEYS is not set: contestants' personal data cannot be sealed."
                    + " Give it id:base64 of 32 random bytes (e.g. 1:$(openssl rand -base64 32)), kept outside the database");
        }
        if (lookupKey == null || lookupKey.isBlank()) {
            throw new IllegalStateException("CUOCTHI_DATA_LOOKUP_KEY is not set: give it base64 of 32 random bytes");
        }
        Map<Integer, SecretKey> keys = new LinkedHashMap<>();
        int current = 0;
        for (String entry : sealingKeys.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            int id;
            try {
                id = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("CUOCTHI_DATA_KEYS: each key is id:base64, with a numeric id");
            }
            if (parts.length != 2 || id < 1 || id > 0xFFFF || keys.containsKey(id)) {
                throw new IllegalStateException("CUOCTHI_DATA_KEYS: each key is id:base64, ids 1-65535 and distinct");
            }
            keys.put(id, new SecretKeySpec(bytes("CUOCTHI_DATA_KEYS (key " + id + ")", parts[1]), "AES"));
            current = current == 0 ? id : current;
        }
        SecretKey previous = previousLookupKey == null || previousLookupKey.isBlank() ? null
                : new SecretKeySpec(bytes("CUOCTHI_DATA_LOOKUP_KEY_PREVIOUS", previousLookupKey), "HmacSHA256");
        return new DataKeys(keys, current, new SecretKeySpec(bytes("CUOCTHI_DATA_LOOKUP_KEY", lookupKey), "HmacSHA256"),
                previous);
    }

    /** The settings' form of keys, the first sealing (tests and the local key file). */
    public static String format(Map<Integer, byte[]> keys) {
        StringBuilder text = new StringBuilder();
        keys.forEach((id, key) -> text.append(text.isEmpty() ? "" : ",").append(id).append(':')
                .append(Base64.getEncoder().encodeToString(key)));
        return text.toString();
    }

    private static byte[] bytes(String setting, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes, not " + key.length);
        }
        return key;
    }
}
