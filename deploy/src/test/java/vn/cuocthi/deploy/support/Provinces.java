package vn.cuocthi.deploy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Onboards uniquely named provinces through the operator API, so test classes never collide. */
public final class Provinces {

    private Provinces() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static String onboard(int port, String prefix, String name) {
        String slug = uniqueSlug(prefix);
        Http.Reply reply = Http.platform(port).asOperator().post("/api/v1/platform/tenants", Map.of("slug", slug, "name", name));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return slug;
    }
}
