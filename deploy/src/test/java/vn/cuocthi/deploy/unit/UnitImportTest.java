package vn.cuocthi.deploy.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** The unit list from the files provinces keep: Excel or CSV, all or nothing, bad rows named. */
@IntegrationTest
class UnitImportTest {

    @LocalServerPort
    int port;

    String province;

    @BeforeEach
    void province() {
        province = Provinces.onboard(port, "donvi", "Tỉnh Đơn Vị");
    }

    private Http admin() {
        return Http.province(port, province).asAdmin();
    }

    @Test
    void csvWithVietnameseHeadersAndSemicolonsReplacesTheList() {
        String csv = "\uFEFFMã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Số biên chế;Dân số;Khối\r\n"
                + "SNV;Sở Nội vụ;;62;;SO_NGANH\r\n"
                + "P-A;\"UBND phường A; khu vực 1\";;40;25.000;DIA_PHUONG\r\n"
                + "P-A-1;Bộ phận Một cửa phường A;P-A;6;;DIA_PHUONG\r\n";
        Http.Reply reply = admin().upload("/api/v1/admin/units/import", "don-vi.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode units = admin().get("/api/v1/admin/units").json();
        assertThat(units.size()).isEqualTo(3);
        assertThat(units.get(0).get("name").asString()).isEqualTo("UBND phường A; khu vực 1");
        assertThat(units.get(0).get("population").asInt()).isEqualTo(25000);
        assertThat(units.get(1).get("parentCode").asString()).isEqualTo("P-A");
    }

    @Test
    void excelFileIsReadByColumnNamesInAnyOrder() throws Exception {
        byte[] xlsx = xlsx(List.of(
                List.of("DANH SÁCH ĐƠN VỊ DỰ THI", "", ""),
                List.of("Số biên chế", "Ten don vi", "Ma don vi"),
                List.of("45", "Sở Tư pháp", "STP"),
                List.of("30", "Sở Tài chính", "STC")));
        Http.Reply reply = admin().upload("/api/v1/admin/units/import", "don-vi.xlsx", xlsx);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(codes(admin().get("/api/v1/admin/units").json())).containsExactly("STC", "STP");
    }

    @Test
    void badRowsAreReportedByRowNumberAndNothingChanges() {
        admin().put("/api/v1/admin/units", List.of(java.util.Map.of("code", "CU", "name", "Đơn vị cũ", "headcount", 3)));
        String csv = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Số biên chế\n"
                + "A,Đơn vị A,,10\n"
                + "A,Đơn vị trùng mã,,5\n"
                + "B,,X,mười\n";
        Http.Reply reply = admin().upload("/api/v1/admin/units/import", "loi.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(422);
        List<String> described = new ArrayList<>();
        reply.json().get("errors").forEach(e -> described.add(e.get("line").asInt() + ": " + e.get("message").asString()));
        assertThat(described).anyMatch(d -> d.startsWith("4: ") && d.contains("mười"));
        assertThat(codes(admin().get("/api/v1/admin/units").json())).containsExactly("CU");
    }

    @Test
    void fileWithoutTheNeededColumnsIsRefusedClearly() {
        Http.Reply reply = admin().upload("/api/v1/admin/units/import", "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/message").asString()).contains("Mã đơn vị");
    }

    @Test
    void onlyTheProvinceAdminMayImportUnits() {
        Http.Reply reply = Http.province(port, province).asStaff("editor")
                .upload("/api/v1/admin/units/import", "x.csv", "Mã đơn vị,Tên đơn vị,Số biên chế\nA,B,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(403);
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(unit -> codes.add(unit.get("code").asString()));
        return codes;
    }

    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Đơn vị");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
