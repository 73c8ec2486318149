package vn.cuocthi.deploy.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cuocthi.deploy.contest.ContestJson.complete;
import static vn.cuocthi.deploy.contest.ContestJson.round;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** The contest's public link as a QR code (PNG and SVG) and a banner for the province portal. */
@IntegrationTest
class ContestSharingTest {

    @LocalServerPort
    int port;

    @Test
    void qrCodeLeadsToTheContestsPublicPage() throws Exception {
        String slug = Provinces.onboard(port, "qrcode", "Tỉnh Mã QR");
        Http admin = Http.province(port, slug).asAdmin();
        for (Map<String, Object> question : ContestJson.questions("QUOTA", 12, slug)) {
            admin.post("/api/v1/admin/questions", question);
        }
        String id = admin.post("/api/v1/admin/contests", complete("Cuộc thi có mã QR", List.of(
                round("Tuần 1", "2030-01-01T00:00:00+07:00", "2030-01-08T00:00:00+07:00")), 10, 5)).json().get("id").asString();
        String link = "http://" + slug + ".localhost:" + port + "/contests/" + id;
        assertThat(Http.province(port, slug).get("/contests/" + id + "/qr.svg").status()).as("drafts have no public QR").isEqualTo(404);
        admin.post("/api/v1/admin/contests/" + id + "/publish", null);

        JsonNode sharing = Http.province(port, slug).asStaff("viewer").get("/api/v1/admin/contests/" + id + "/sharing").json();
        assertThat(sharing.get("url").asString()).isEqualTo(link);
        assertThat(sharing.get("bannerHtml").asString()).contains("href=\"" + link + "\"").contains(link + "/qr.svg")
                .contains("Tham gia Cuộc thi có mã QR");

        Http.Reply png = admin.getBytes("/api/v1/admin/contests/" + id + "/qr.png?size=400");
        assertThat(png.status()).isEqualTo(200);
        assertThat(decode(png.bytes())).isEqualTo(link);

        Http.Reply svg = admin.get("/api/v1/admin/contests/" + id + "/qr.svg");
        assertThat(svg.body()).startsWith("<svg").contains("<title>Mã QR: Cuộc thi có mã QR</title>");
        Http.Reply publicSvg = Http.province(port, slug).get("/contests/" + id + "/qr.svg");
        assertThat(publicSvg.status()).isEqualTo(200);
        assertThat(publicSvg.body()).isEqualTo(svg.body());
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
