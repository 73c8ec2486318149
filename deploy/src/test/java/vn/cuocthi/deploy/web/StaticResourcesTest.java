package vn.cuocthi.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** On 3G a reload must not download the stylesheet again, and what is downloaded is compressed. */
@IntegrationTest
class StaticResourcesTest {

    private static final Pattern HASHED_STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    @Test
    void pagesLinkContentHashedFilesThatPhonesKeepForAYear() {
        String slug = Provinces.onboard(port, "tinhnhanh", "Tỉnh Nhanh");
        Http province = Http.province(port, slug);
        Http.Reply home = province.get("/");
        Matcher link = HASHED_STYLESHEET.matcher(home.body());
        assertThat(link.find()).as("the page links the stylesheet under a content-hashed name: %s", home.body()).isTrue();

        Http.Reply stylesheet = province.header("Accept-Encoding", "gzip").get(link.group(1));
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(stylesheet.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(stylesheet.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(stylesheet.header("Content-Type")).startsWith("text/css");
    }

    @Test
    void anUnhashedNameIsRevalidatedSoADeploymentNeverLeavesAStaleLook() {
        Http platform = Http.platform(port);
        Http.Reply plain = platform.get("/css/app.css");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Cache-Control")).isEqualTo("no-cache");
        String lastModified = plain.header("Last-Modified");
        assertThat(lastModified).isNotBlank();
        assertThat(platform.header("If-Modified-Since", lastModified).get("/css/app.css").status()).isEqualTo(304);
    }

    @Test
    void pagesAndApiAnswersAreCompressed() {
        Http.Reply docs = Http.platform(port).header("Accept-Encoding", "gzip").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Encoding")).isEqualTo("gzip");
    }
}
