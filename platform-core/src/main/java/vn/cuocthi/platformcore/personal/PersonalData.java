package vn.cuocthi.platformcore.personal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens one personal value, and hashes one for look-ups. A sealed value is
 * {@code 0x01 | key id (2 bytes) | nonce (12 random bytes) | AES-256-GCM ciphertext and tag}; the associated data is
 * the column and the row's id, so a value copied into another row or column does not open. Look-up hashes are
 * HMAC-SHA256 of {@code kind:normalised value}, so a phone's hash never equals a CCCD's and one province's dump
 * cannot be matched against a list of numbers without the key.
 */
public final class PersonalData {

    private static final byte FORMAT = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKeys keys;

    public PersonalData(DataKeys keys) {
        this.keys = keys;
    }

    /** The key new values are sealed with. */
    public int currentKey() {
        return keys.current();
    }

    /** The sealed {@code value} (null stays null) under the current key. */
    public byte[] seal(String column, UUID row, String value) {
        if (value == null) {
            return null;
        }
        int keyId = keys.current();
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.sealing().get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(column, row));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(3 + NONCE + sealed.length).put(FORMAT).putShort((short) keyId).put(nonce)
                    .put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /** The value {@link #seal} sealed for this column and row; fails when its key is gone or it was tampered with. */
    public String open(String column, UUID row, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        int keyId = keyOf(sealed);
        SecretKey key = keys.sealing().get(keyId);
        if (key == null) {
            throw new IllegalStateException("Personal data sealed with key " + keyId + ", which CUOCTHI_DATA_KEYS no longer holds");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 3, NONCE));
            cipher.updateAAD(associated(column, row));
            return new String(cipher.doFinal(sealed, 3 + NONCE, sealed.length - 3 - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data of " + row + " (" + column + ") does not open", e);
        }
    }

    /** The id of the key a value was sealed with. */
    public static int keyOf(byte[] sealed) {
        if (sealed.length < 3 + NONCE + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new IllegalStateException("Not a sealed personal value");
        }
        return ((sealed[1] & 0xFF) << 8) | (sealed[2] & 0xFF);
    }

    /** The look-up hash of an already normalised value (see {@link LookupKind}); null stays null. */
    public byte[] lookup(LookupKind kind, String normalised) {
        if (normalised == null) {
            return null;
        }
        return hmac(keys.lookup(), text(kind, normalised));
    }

    private static String text(LookupKind kind, String normalised) {
        return kind.name() + ":" + kind.normalise(normalised);
    }

    /**
     * The look-up hashes a stored row may hold: under the current key and, while the look-up key rotates, under the
     * previous one (else the current one again). Always two, for SQL {@code column in (?, ?)} that keeps the index.
     */
    public List<byte[]> lookups(LookupKind kind, String normalised) {
        if (normalised == null) {
            return java.util.Arrays.asList(null, null);
        }
        byte[] current = lookup(kind, normalised);
        return List.of(current, keys.previousLookup() == null ? current : hmac(keys.previousLookup(), text(kind, normalised)));
    }

    /** {@link #lookups} in hex. */
    public List<String> lookupsHex(LookupKind kind, String normalised) {
        return lookups(kind, normalised).stream().map(hash -> hash == null ? null : HexFormat.of().formatHex(hash)).toList();
    }

    /** Whether a look-up key rotation is under way (a previous key is set). */
    public boolean rotatingLookup() {
        return keys.previousLookup() != null;
    }

    /**
     * A short fingerprint of the current look-up key (not the key: an HMAC under it), kept with each row's hashes, so
     * the rotation knows which rows it has done.
     */
    public byte[] lookupKeyId() {
        return java.util.Arrays.copyOf(hmac(keys.lookup(), "LOOKUP-KEY-ID"), 8);
    }

    /** {@link #lookup} in hex: for Redis keys and text[] parameters. */
    public String lookupHex(LookupKind kind, String normalised) {
        byte[] hash = lookup(kind, normalised);
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    /**
     * A short keyed pseudonym of any subject (a login, an address) for keys outside the database, e.g. Redis: the
     * same subject gives the same pseudonym, and the pseudonym alone gives nothing away.
     */
    public String pseudonym(String subject) {
        return HexFormat.of().formatHex(hmac(keys.lookup(), "KEY:" + subject), 0, 16);
    }

    private static byte[] hmac(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    private static byte[] associated(String column, UUID row) {
        return (column + "|" + row).getBytes(StandardCharsets.UTF_8);
    }

    /** What a look-up hash is of; CCCDs and phones arrive normalised by {@code PersonalNumbers}. */
    public enum LookupKind {
        CCCD, PHONE, EMAIL;

        String normalise(String value) {
            return this == EMAIL ? value.strip().toLowerCase(Locale.ROOT) : value;
        }
    }
}
