package vn.cuocthi.deploy.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.contest.ContestJson.complete;
import static vn.cuocthi.deploy.contest.ContestJson.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestIdentity;

/**
 * Staff upload reference documents (PDF, Word, Excel, images) for a contest; contestants download them from the
 * province's host once the contest is published. Too large, empty or disguised files are refused, storing nothing.
 */
@IntegrationTest
class ContestDocumentTest {

    private static final String CONTESTS = "/api/v1/admin/contests";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "% Thể lệ cuộc thi tìm hiểu cải cách hành chính\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    String province;

    @BeforeEach
    void province() {
        province = Provinces.onboard(port, "tailieu", "Tỉnh Tài Liệu");
    }

    @Test
    void uploadedDocumentIsListedAndDownloadedWithTheSameBytesOnlyOnItsProvincesHost() throws Exception {
        String id = startedContest();

        Reply uploaded = upload(id, "Thể lệ cuộc thi", "../../BTC/Thể lệ cuộc thi <2025>.pdf", PDF, "province-admin");

        assertThat(uploaded.status()).as("allowed after the start: " + uploaded).isEqualTo(201);
        JsonNode document = uploaded.json();
        String url = "/contests/" + id + "/documents/" + document.get("id").asString();
        assertThat(document.get("url").asString()).isEqualTo(url);
        assertThat(document.get("fileName").asString()).isEqualTo("Thể lệ cuộc thi 2025.pdf");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("size").asInt()).isEqualTo(PDF.length);
        JsonNode contest = staff().get(CONTESTS + "/" + id).json();
        assertThat(contest.get("documents").toString())
                .contains("https://vanban.chinhphu.vn/nq76")
                .contains("{\"title\":\"Thể lệ cuộc thi\",\"url\":\"" + url + "\"}");
        assertThat(staff().get(CONTESTS + "/" + id + "/documents").json().size()).isEqualTo(1);
        JsonNode audit = staff().get(CONTESTS + "/" + id + "/audit").json();
        assertThat(audit.get(audit.size() - 1).get("action").asString()).isEqualTo("UPDATED");
        assertThat(audit.get(audit.size() - 1).get("after").asString()).contains(url);

        Http.Reply download = Http.province(port, province).getBytes(url);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        HttpResponse<byte[]> raw = get(province, url, null);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(raw.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''Th%E1%BB%83%20l%E1%BB%87%20cu%E1%BB%99c%20thi%202025.pdf");
        assertThat(raw.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(raw.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600").contains("public");
        String etag = raw.headers().firstValue("ETag").orElseThrow();
        assertThat(get(province, url, etag).statusCode()).isEqualTo(304);

        String other = Provinces.onboard(port, "tinhkhac", "Tỉnh Khác");
        assertThat(Http.province(port, other).getBytes(url).status()).as("another province's host").isEqualTo(404);
        assertThat(Http.province(port, other).asAdmin().get(CONTESTS + "/" + id + "/documents").status()).isEqualTo(404);
    }

    @Test
    void aDraftContestsDocumentsAreNotServed() {
        String id = create(Map.of("name", "Bản nháp có tài liệu"));
        Reply uploaded = upload(id, "Áp phích", "ap-phich.png", PNG, "editor");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/png");

        Http.Reply download = Http.province(port, province).getBytes(uploaded.json().get("url").asString());
        assertThat(download.status()).isEqualTo(404);
    }

    @Test
    void wordExcelAndImagesAreRecognisedByTheirContent() throws Exception {
        String id = create(Map.of("name", "Nhiều loại tệp"));
        assertThat(upload(id, "Hướng dẫn", "huong-dan.docx", officeZip("word/document.xml"), "province-admin").json()
                .get("contentType").asString()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(upload(id, "Danh sách đơn vị", "don-vi.xlsx", officeZip("xl/workbook.xml"), "province-admin").json()
                .get("contentType").asString()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(upload(id, "", "ảnh bìa.JPG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "province-admin")
                .json().get("title").asString()).as("the file name when no title").isEqualTo("ảnh bìa.JPG");
        assertThat(staff().get(CONTESTS + "/" + id).json().get("documents").size()).isEqualTo(3);
    }

    @Test
    void oversizedEmptyAndDisguisedFilesAreRefusedAndNothingIsStored() {
        String id = create(Map.of("name", "Tệp bị từ chối", "documents",
                List.of(Map.of("title", "Nghị quyết 76/NQ-CP", "url", "https://vanban.chinhphu.vn/nq76"))));
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        Reply tooBig = upload(id, "Quá lớn", "lon.pdf", big, "province-admin");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(tooBig.json().at("/errors/0/message").asString()).contains("lớn hơn 10 MB");

        Reply program = upload(id, "Chương trình", "the-le.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1), "province-admin");
        assertThat(program.status()).isEqualTo(422);
        assertThat(program.json().at("/errors/0/message").asString()).contains("the-le.pdf").contains("không phải PDF");
        assertThat(upload(id, "Ảnh đổi tên", "anh.pdf", PNG, "province-admin").status()).as("content and extension disagree").isEqualTo(422);
        assertThat(upload(id, "Trang web", "trang.html", "<html><script>alert(1)</script>".getBytes(), "province-admin").status()).isEqualTo(422);
        Reply empty = upload(id, "Rỗng", "rong.pdf", new byte[0], "province-admin");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().at("/errors/0/message").asString()).contains("rỗng");
        Reply english = upload(id, "Empty", "empty.pdf", new byte[0], "province-admin", "en");
        assertThat(english.json().at("/errors/0/message").asString()).contains("empty");

        assertThat(staff().get(CONTESTS + "/" + id + "/documents").json().size()).isZero();
        assertThat(staff().get(CONTESTS + "/" + id).json().get("documents").size()).isEqualTo(1);
        assertThat(staff().get(CONTESTS + "/" + id).json().get("version").asInt()).as("contest unchanged").isZero();
    }

    @Test
    void aZipBombOrAHostilePackageRenamedXlsxIsRefusedAndNothingIsStored() throws Exception {
        String id = create(Map.of("name", "Tệp nén độc hại"));
        // 64 MB of zeros deflate to about 64 KB: far beyond the importers' 100:1 ratio
        byte[] part = "<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = zip(Map.of("[Content_Types].xml", part, "xl/workbook.xml", part, "xl/worksheets/sheet1.xml", new byte[64 << 20]));
        Reply refused = upload(id, "Danh sách", "danh-sach.xlsx", bomb, "province-admin");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/message").asString()).contains("danh-sach.xlsx").contains("Word/Excel an toàn");

        byte[] entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>".getBytes(StandardCharsets.UTF_8);
        byte[] dtd = zip(Map.of("[Content_Types].xml", entity, "word/document.xml", entity));
        assertThat(upload(id, "Hướng dẫn", "huong-dan.docx", dtd, "province-admin").status()).isEqualTo(422);
        assertThat(staff().get(CONTESTS + "/" + id + "/documents").json().size()).isZero();
        assertThat(staff().get(CONTESTS + "/" + id).json().get("version").asInt()).as("contest unchanged").isZero();
    }

    @Test
    void aLinkToAnotherHostOrAScriptIsRefused() {
        for (String url : List.of("//evil.example/the-le.pdf", "/\\evil.example/the-le.pdf", "javascript:alert(1)",
                "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "https:///evil", "ftp://vanban.gov.vn/a")) {
            Http.Reply refused = staff().post(CONTESTS, Map.of("name", "Đường dẫn xấu",
                    "documents", List.of(Map.of("title", "Thể lệ", "url", url))));
            assertThat(refused.status()).as(url + ": " + refused).isEqualTo(422);
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("documents[0].url");
        }
        for (String url : List.of("https://vanban.chinhphu.vn/nq76", "http://caobang.gov.vn/the-le", "/contests/x/documents/y")) {
            assertThat(staff().post(CONTESTS, Map.of("name", "Đường dẫn tốt", "documents", List.of(Map.of("title", "Thể lệ", "url", url))))
                    .status()).as(url).isEqualTo(201);
        }
    }

    @Test
    void deletingRemovesTheFileAndItsEntry() throws Exception {
        String id = startedContest();
        String url = upload(id, "Thể lệ", "the-le.pdf", PDF, "province-admin").json().get("url").asString();
        String documentId = url.substring(url.lastIndexOf('/') + 1);

        assertThat(staff().send("DELETE", CONTESTS + "/" + id + "/documents/" + documentId, null).status()).isEqualTo(204);

        assertThat(staff().get(CONTESTS + "/" + id + "/documents").json().size()).isZero();
        assertThat(staff().get(CONTESTS + "/" + id).json().get("documents").toString()).doesNotContain(url)
                .contains("https://vanban.chinhphu.vn/nq76");
        assertThat(Http.province(port, province).getBytes(url).status()).isEqualTo(404);
        assertThat(staff().send("DELETE", CONTESTS + "/" + id + "/documents/" + documentId, null).status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsAndEditorsUploadOrDelete() {
        String id = create(Map.of("name", "Quyền tải lên"));
        assertThat(upload(id, "Thể lệ", "the-le.pdf", PDF, "viewer").status()).isEqualTo(403);
        assertThat(upload(id, "Thể lệ", "the-le.pdf", PDF, "verifier").status()).isEqualTo(403);
        String url = upload(id, "Thể lệ", "the-le.pdf", PDF, "editor").json().get("url").asString();
        String documentId = url.substring(url.lastIndexOf('/') + 1);
        assertThat(Http.province(port, province).asStaff("viewer")
                .send("DELETE", CONTESTS + "/" + id + "/documents/" + documentId, null).status()).isEqualTo(403);
        assertThat(Http.province(port, province).send("DELETE", CONTESTS + "/" + id + "/documents/" + documentId, null)
                .status()).isEqualTo(401);
    }

    /** A published contest whose first round began yesterday. */
    private String startedContest() {
        for (Map<String, Object> question : ContestJson.questions("QUOTA", 20, province)) {
            assertThat(staff().post("/api/v1/admin/questions", question).status()).isEqualTo(201);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        String id = create(complete("Đang diễn ra", List.of(round("Tuần 1", now.minusDays(1).toString(),
                now.plusDays(6).toString())), 20, 15));
        Http.Reply published = staff().post(CONTESTS + "/" + id + "/publish", null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private String create(Map<String, Object> contest) {
        Http.Reply created = staff().post(CONTESTS, contest);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Http staff() {
        return Http.province(port, province).asAdmin();
    }

    private static byte[] officeZip(String mainPart) throws IOException {
        byte[] xml = "<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8);
        return zip(Map.of("[Content_Types].xml", xml, "_rels/.rels", xml, mainPart, xml));
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : new java.util.TreeMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Reply upload(String contestId, String title, String fileName, byte[] content, String role) {
        return upload(contestId, title, fileName, content, role, "vi");
    }

    /** A multipart upload with the {@code title} field and the {@code file} part, as the console's form sends it. */
    private Reply upload(String contestId, String title, String fileName, byte[] content, String role, String language) {
        String boundary = "----tailieu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + CONTESTS + "/" + contestId + "/documents"))
                .timeout(Duration.ofSeconds(120))
                .header("Host", province + ".localhost:" + port)
                .header("Authorization", "Bearer " + TestIdentity.staffToken(province, role))
                .header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> get(String slug, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Host", slug + ".localhost:" + port);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Reply(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
