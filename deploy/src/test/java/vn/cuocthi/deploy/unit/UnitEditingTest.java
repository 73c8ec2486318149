package vn.cuocthi.deploy.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** One unit at a time: added, changed (even its code), removed, each checked against the whole list. */
@IntegrationTest
class UnitEditingTest {

    private static final String UNITS = "/api/v1/admin/units";

    @LocalServerPort
    int port;

    String province;

    @BeforeEach
    void province() {
        province = Provinces.onboard(port, "motdonvi", "Tỉnh Một Đơn Vị");
        Http.Reply seeded = admin().put(UNITS, List.of(
                Map.of("code", "UBND", "name", "Ủy ban nhân dân tỉnh", "headcount", 80, "block", "SO_NGANH"),
                Map.of("code", "SNV", "name", "Sở Nội vụ", "parentCode", "UBND", "headcount", 62, "block", "SO_NGANH")));
        assertThat(seeded.status()).as(seeded.toString()).isEqualTo(200);
    }

    private Http admin() {
        return Http.province(port, province).asAdmin();
    }

    @Test
    void aUnitIsAddedChangedAndRemovedWithoutTouchingTheOthers() {
        Http.Reply added = admin().post(UNITS, Map.of("code", "P-A", "name", "UBND phường A", "headcount", 40,
                "population", 25000, "block", "DIA_PHUONG"));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().size()).isEqualTo(3);

        Http.Reply changed = admin().put(UNITS + "/P-A", Map.of("code", "P-A1", "name", "UBND phường A (mới)", "parentCode", "UBND",
                "headcount", 42, "block", "DIA_PHUONG"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode units = admin().get(UNITS).json();
        assertThat(units.toString()).doesNotContain("\"P-A\"").contains("UBND phường A (mới)").contains("Sở Nội vụ");

        assertThat(admin().send("DELETE", UNITS + "/P-A1", null).status()).isEqualTo(200);
        assertThat(admin().get(UNITS).json().size()).isEqualTo(2);
    }

    @Test
    void anInvalidUnitIsRefusedAtItsOwnFieldsAndNothingChanges() {
        Http.Reply refused = admin().post(UNITS, Map.of("code", "SNV", "name", " ", "parentCode", "KHONGCO", "headcount", -1));
        assertThat(refused.status()).isEqualTo(422);
        List<String> fields = refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("code", "name", "headcount", "parentCode");
        assertThat(refused.body()).contains("Mã đơn vị \\\"SNV\\\" bị trùng");
        assertThat(admin().get(UNITS).json().size()).isEqualTo(2);
    }

    @Test
    void aParentIsNotRemovedWhileUnitsHangBelowIt() {
        Http.Reply refused = admin().send("DELETE", UNITS + "/UBND", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/message").asString()).contains("UBND").contains("cấp trên của 1 đơn vị");
        assertThat(admin().get(UNITS).json().size()).isEqualTo(2);
        assertThat(admin().send("DELETE", UNITS + "/KHONGCO", null).status()).isEqualTo(404);
    }

    @Test
    void onlyTheProvinceAdminChangesUnits() {
        Http editor = Http.province(port, province).asStaff("editor");
        assertThat(editor.post(UNITS, Map.of("code", "X", "name", "X", "headcount", 1)).status()).isEqualTo(403);
        assertThat(editor.put(UNITS + "/SNV", Map.of("code", "SNV", "name", "X", "headcount", 1)).status()).isEqualTo(403);
        assertThat(editor.send("DELETE", UNITS + "/SNV", null).status()).isEqualTo(403);
        assertThat(Http.province(port, province).send("DELETE", UNITS + "/SNV", null).status()).isEqualTo(401);
    }
}
