package vn.cuocthi.platformcore.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cuocthi.platformcore.identity.KeycloakProvisioner;

class TenantSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"caobang", "ab", "haiphong2", "q1", "abcdefghijklmnopqrstuvwxyz1234"})
    void lowerCaseLettersAndDigitsStartingWithALetterAreAccepted(String slug) {
        assertThat(TenantSlug.isWellFormed(slug)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1abc", "2025caobang", "a", "abcdefghijklmnopqrstuvwxyz12345", "cao-bang", "-caobang",
            "caobang-", "caobằng", "đaklak", "CaoBang", "cao bang", "cao_bang", "cao.bang", "../etc", "ｃａｏｂａｎｇ"})
    void everythingElseIsRefused(String slug) {
        assertThat(TenantSlug.isWellFormed(slug)).isFalse();
    }

    /** A slug onboarding accepts must pass every later provisioning step, or the province stays PROVISIONING. */
    @ParameterizedTest
    @ValueSource(strings = {"caobang", "ab", "q1", "abcdefghijklmnopqrstuvwxyz1234", "1abc", "cao-bang", "caobằng",
            "abcdefghijklmnopqrstuvwxyz12345", "x"})
    void whatOnboardingAcceptsEveryProvisioningStepAccepts(String slug) {
        if (TenantSlug.isWellFormed(slug)) {
            assertThatCode(() -> KeycloakProvisioner.realmOf(slug)).as("realm of %s", slug).doesNotThrowAnyException();
            assertThat(Tenant.schemaOf(slug)).as("an unquoted PostgreSQL name under 64 bytes")
                    .matches("[a-z_][a-z0-9_]{0,62}");
        } else {
            assertThatThrownBy(() -> KeycloakProvisioner.realmOf(slug)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"www", "api", "admin", "platform", "keycloak", "demo"})
    void namesThatMeanSomethingElseAreReserved(String slug) {
        assertThat(TenantSlug.isWellFormed(slug)).isTrue();
        assertThat(TenantSlug.isReserved(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caobang", "langson"})
    void provincesAreNotReserved(String slug) {
        assertThat(TenantSlug.isReserved(slug)).isFalse();
    }

    @Test
    void reservedNamesAreThemselvesWellFormed() {
        assertThat(List.copyOf(TenantSlug.RESERVED)).allMatch(TenantSlug::isWellFormed);
    }
}
