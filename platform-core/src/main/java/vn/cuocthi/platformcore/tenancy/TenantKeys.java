package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;
import java.util.StringJoiner;

/**
 * Names of what a province keeps outside its schema: Redis keys and the keys of node-local caches. Every such name
 * starts with the current province, so feature code names only its own parts ({@code TenantKeys.redis("lb", id)})
 * and two provinces can never share an entry.
 */
@NamedInterface("tenancy")
public final class TenantKeys {

    private TenantKeys() {
    }

    /** {@code cuocthi:<province>:<part>:<part>…} for the province of the current context. */
    public static String redis(Object... parts) {
        return join("cuocthi:" + TenantContext.require().slug(), ":", parts);
    }

    /** {@code <province>/<part>/<part>…}: a key of a node-local cache for the province of the current context. */
    public static String local(Object... parts) {
        return join(TenantContext.require().slug(), "/", parts);
    }

    private static String join(String prefix, String separator, Object[] parts) {
        StringJoiner key = new StringJoiner(separator).add(prefix);
        for (Object part : parts) {
            key.add(String.valueOf(part));
        }
        return key.toString();
    }
}
