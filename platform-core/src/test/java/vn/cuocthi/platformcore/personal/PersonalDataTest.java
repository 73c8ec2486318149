package vn.cuocthi.platformcore.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

class PersonalDataTest {

    private static final String LOOKUP = Base64.getEncoder().encodeToString(new byte[32]);
    private static final byte[] ONE = filled(1);
    private static final byte[] TWO = filled(2);

    @Test
    void aSealedValueOpensOnlyInItsOwnRowAndColumnAndNeverShowsTheClearText() {
        PersonalData personal = keys(Map.of(1, ONE));
        UUID row = UUID.randomUUID();
        byte[] sealed = personal.seal("cccd", row, "001090123456");
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("001090123456");
        assertThat(personal.open("cccd", row, sealed)).isEqualTo("001090123456");
        assertThat(personal.seal("cccd", row, "001090123456")).as("a random nonce per value").isNotEqualTo(sealed);
        assertThatThrownBy(() -> personal.open("phone", row, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> personal.open("cccd", UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> personal.open("cccd", row, sealed)).isInstanceOf(IllegalStateException.class);
        assertThat(personal.seal("cccd", row, null)).isNull();
    }

    @Test
    void whileTheLookupKeyRotatesLookupsGiveTheHashUnderBothKeysAndTheFingerprintFollowsTheCurrentKey() {
        String next = Base64.getEncoder().encodeToString(filled(7));
        PersonalData before = keys(Map.of(1, ONE));
        PersonalData during = new PersonalData(DataKeys.parse(DataKeys.format(Map.of(1, ONE)), next, LOOKUP));
        PersonalData after = new PersonalData(DataKeys.parse(DataKeys.format(Map.of(1, ONE)), next, " "));
        assertThat(before.rotatingLookup()).isFalse();
        assertThat(during.rotatingLookup()).isTrue();
        assertThat(after.rotatingLookup()).as("a blank previous key is none").isFalse();
        assertThat(before.lookups(LookupKind.CCCD, "001090123456")).containsExactly(
                before.lookup(LookupKind.CCCD, "001090123456"), before.lookup(LookupKind.CCCD, "001090123456"));
        assertThat(during.lookups(LookupKind.CCCD, "001090123456")).containsExactly(
                after.lookup(LookupKind.CCCD, "001090123456"), before.lookup(LookupKind.CCCD, "001090123456"));
        assertThat(during.lookups(LookupKind.PHONE, null)).containsExactly(null, null);
        assertThat(during.lookupKeyId()).isEqualTo(after.lookupKeyId()).isNotEqualTo(before.lookupKeyId()).hasSize(8);
        assertThatThrownBy(() -> DataKeys.parse("1:" + LOOKUP, LOOKUP, "abc"))
                .hasMessageContaining("CUOCTHI_DATA_LOOKUP_KEY_PREVIOUS").hasMessageNotContaining("abc");
    }

    @Test
    void theFirstListedKeySealsAndTheOthersStillOpen() {
        UUID row = UUID.randomUUID();
        byte[] old = keys(Map.of(1, ONE)).seal("phone", row, "0912345678");
        Map<Integer, byte[]> rotated = new LinkedHashMap<>();
        rotated.put(2, TWO);
        rotated.put(1, ONE);
        PersonalData both = keys(rotated);
        assertThat(PersonalData.keyOf(old)).isEqualTo(1);
        assertThat(PersonalData.keyOf(both.seal("phone", row, "0912345678"))).isEqualTo(2);
        assertThat(both.open("phone", row, old)).isEqualTo("0912345678");
        assertThatThrownBy(() -> keys(Map.of(2, TWO)).open("phone", row, old)).hasMessageContaining("key 1");
    }

    @Test
    void lookupHashesAreKeyedPerKindAndNormaliseEmails() {
        PersonalData personal = keys(Map.of(1, ONE));
        assertThat(personal.lookup(LookupKind.EMAIL, " An@Example.VN ")).isEqualTo(personal.lookup(LookupKind.EMAIL, "an@example.vn"));
        assertThat(personal.lookup(LookupKind.CCCD, "0912345678")).isNotEqualTo(personal.lookup(LookupKind.PHONE, "0912345678"));
        PersonalData otherKey = new PersonalData(DataKeys.parse(DataKeys.format(Map.of(1, ONE)),
                Base64.getEncoder().encodeToString(filled(9))));
        assertThat(otherKey.lookup(LookupKind.PHONE, "0912345678")).isNotEqualTo(personal.lookup(LookupKind.PHONE, "0912345678"));
        assertThat(personal.pseudonym("0912345678")).hasSize(32).doesNotContain("0912345678");
    }

    @Test
    void missingOrMalformedKeysRefuseToStartWithoutShowingThem() {
        assertThatThrownBy(() -> DataKeys.parse("", LOOKUP)).hasMessageContaining("CUOCTHI_DATA_KEYS is not set");
        assertThatThrownBy(() -> DataKeys.parse("1:" + LOOKUP, "")).hasMessageContaining("CUOCTHI_DATA_LOOKUP_KEY");
        assertThatThrownBy(() -> DataKeys.parse("1:c2hvcnQ=", LOOKUP)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DataKeys.parse("x:" + LOOKUP, LOOKUP)).hasMessageContaining("numeric id");
        assertThatThrownBy(() -> DataKeys.parse("1:" + LOOKUP + ",1:" + LOOKUP, LOOKUP)).hasMessageContaining("distinct");
    }

    private static PersonalData keys(Map<Integer, byte[]> sealing) {
        return new PersonalData(DataKeys.parse(DataKeys.format(sealing), LOOKUP));
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) value);
        return key;
    }
}
