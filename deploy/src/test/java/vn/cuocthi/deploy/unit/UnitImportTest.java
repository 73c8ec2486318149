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

    @Test
    void exportedListImportsBackAndAnExcelEditComesThrough() throws Exception {
        String csv = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Số biên chế,Dân số,Khối\n"
                + "SNV,Sở Nội vụ,,62,,SO_NGANH\nP-A,UBND phường A,,40,25000,DIA_PHUONG\nP-A-1,Bộ phận Một cửa,P-A,6,,DIA_PHUONG\n";
        assertThat(admin().upload("/api/v1/admin/units/import", "don-vi.csv", csv.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        String other = Provinces.onboard(port, "donvikhac", "Tỉnh Đơn Vị Khác");
        Http.province(port, other).asAdmin().post("/api/v1/admin/units", java.util.Map.of("code", "KHAC", "name", "Sở Khác", "headcount", 3));
        JsonNode before = admin().get("/api/v1/admin/units").json();

        Http.Reply exported = Http.province(port, province).asStaff("viewer").getBytes("/api/v1/admin/units/export.xlsx");
        assertThat(exported.status()).isEqualTo(200);
        // imported back unchanged: the same list, and nothing of the other province in it
        assertThat(admin().upload("/api/v1/admin/units/import", "danh-sach-don-vi.xlsx", exported.bytes()).status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/admin/units").json()).isEqualTo(before);

        // edited as an officer would in Excel: a name changed and a unit added, then imported again
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported.bytes()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            int header = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
                if (sheet.getRow(r) != null && "Mã đơn vị".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertThat(header).as("the importer's header row").isBetween(0, 9);
            assertThat(sheet.getRow(header + 1).getCell(0).getStringCellValue()).isEqualTo("P-A");
            assertThat(sheet.getRow(header + 1).getCell(3).getNumericCellValue()).isEqualTo(40);
            // a new cell, as Excel writes it: POI's setCellValue on an inline string keeps the old text for readers
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(header + 1);
            row.removeCell(row.getCell(1));
            row.createCell(1).setCellValue("UBND phường A (mới)");
            org.apache.poi.ss.usermodel.Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            added.createCell(0).setCellValue("STP");
            added.createCell(1).setCellValue("Sở Tư pháp");
            added.createCell(3).setCellValue(45);
            workbook.write(out);
            edited = out.toByteArray();
        }
        assertThat(admin().upload("/api/v1/admin/units/import", "danh-sach-don-vi.xlsx", edited).status()).isEqualTo(200);
        JsonNode after = admin().get("/api/v1/admin/units").json();
        assertThat(codes(after)).containsExactly("P-A", "P-A-1", "SNV", "STP");
        assertThat(after.get(0).get("name").asString()).isEqualTo("UBND phường A (mới)");
        assertThat(after.get(1).get("parentCode").asString()).isEqualTo("P-A");
        assertThat(after.get(0).get("population").asInt()).isEqualTo(25000);
        assertThat(after.get(2).get("block").asString()).isEqualTo("SO_NGANH");
        assertThat(codes(Http.province(port, other).asAdmin().get("/api/v1/admin/units").json())).containsExactly("KHAC");
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
