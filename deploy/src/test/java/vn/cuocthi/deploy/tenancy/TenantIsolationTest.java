package vn.cuocthi.deploy.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;

/** Invariant 4: a request for one province's host never reads or writes another province's data. */
@IntegrationTest
class TenantIsolationTest {

    @LocalServerPort
    int port;

    String alpha;
    String beta;

    @BeforeEach
    void twoProvinces() {
        alpha = Provinces.onboard(port, "alpha", "Tỉnh Alpha");
        beta = Provinces.onboard(port, "beta", "Tỉnh Beta");
    }

    @Test
    void unitsWrittenThroughOneHostAreInvisibleThroughTheOther() {
        Http.Reply written = admin(alpha).put("/api/v1/admin/units", List.of(
                unit("SNV", "Sở Nội vụ", null, 45),
                unit("UBND-HL", "UBND phường Hợp Giang", null, 30)));
        assertThat(written.status()).as(written.toString()).isEqualTo(200);

        assertThat(codes(admin(alpha).get("/api/v1/admin/units"))).containsExactly("SNV", "UBND-HL");
        assertThat(codes(admin(beta).get("/api/v1/admin/units"))).isEmpty();

        admin(beta).put("/api/v1/admin/units", List.of(unit("STP", "Sở Tư pháp", null, 38)));
        assertThat(codes(admin(alpha).get("/api/v1/admin/units"))).containsExactly("SNV", "UBND-HL");
        assertThat(codes(admin(beta).get("/api/v1/admin/units"))).containsExactly("STP");
    }

    @Test
    void eachHostShowsItsOwnProvincePage() {
        assertThat(Http.province(port, alpha).get("/").body()).contains("Tỉnh Alpha").doesNotContain("Tỉnh Beta");
        assertThat(Http.province(port, beta).get("/").body()).contains("Tỉnh Beta").doesNotContain("Tỉnh Alpha");
    }

    /**
     * Hundreds of interleaved writes and reads on both hosts at once, on virtual threads sharing one pool: every
     * reply carries only the data of the host that was asked, whichever pooled connection served it.
     */
    @Test
    void concurrentInterleavedRequestsNeverCrossProvinces() throws Exception {
        int requests = 240;
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                boolean toAlpha = i % 2 == 0;
                String slug = toAlpha ? alpha : beta;
                String prefix = toAlpha ? "A-" : "B-";
                int n = i;
                outcomes.add(clients.submit(() -> {
                    if (n % 3 == 0) {
                        List<Map<String, Object>> units = new ArrayList<>();
                        int count = 1 + ThreadLocalRandom.current().nextInt(5);
                        for (int k = 0; k < count; k++) {
                            units.add(unit(prefix + n + "-" + k, "Đơn vị " + prefix + n, null, 10 + k));
                        }
                        Http.Reply reply = admin(slug).put("/api/v1/admin/units", units);
                        return check(reply, prefix, slug);
                    }
                    if (n % 3 == 1) {
                        return check(admin(slug).get("/api/v1/admin/units"), prefix, slug);
                    }
                    Http.Reply page = Http.province(port, slug).get("/");
                    String own = slug.equals(alpha) ? "Tỉnh Alpha" : "Tỉnh Beta";
                    String other = slug.equals(alpha) ? "Tỉnh Beta" : "Tỉnh Alpha";
                    return page.status() == 200 && page.body().contains(own) && !page.body().contains(other)
                            ? "ok" : "page of " + slug + " wrong: " + page;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String result = outcome.get();
                if (!result.equals("ok")) {
                    failures.add(result);
                }
            }
            assertThat(failures).as("requests that saw the wrong province or failed").isEmpty();
        }
        // after the storm each province holds only its own units
        assertThat(codes(admin(alpha).get("/api/v1/admin/units"))).allMatch(code -> code.startsWith("A-")).isNotEmpty();
        assertThat(codes(admin(beta).get("/api/v1/admin/units"))).allMatch(code -> code.startsWith("B-")).isNotEmpty();
    }

    private String check(Http.Reply reply, String prefix, String slug) {
        if (reply.status() != 200) {
            return slug + " answered " + reply;
        }
        for (String code : codes(reply)) {
            if (!code.startsWith(prefix)) {
                return slug + " returned unit " + code + " of the other province";
            }
        }
        return "ok";
    }

    private Http admin(String slug) {
        return Http.province(port, slug).asAdmin();
    }

    static Map<String, Object> unit(String code, String name, String parent, int headcount) {
        Map<String, Object> unit = new java.util.HashMap<>();
        unit.put("code", code);
        unit.put("name", name);
        unit.put("parentCode", parent);
        unit.put("headcount", headcount);
        return unit;
    }

    static List<String> codes(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        for (JsonNode unit : reply.json()) {
            codes.add(unit.get("code").asString());
        }
        return codes;
    }
}
