package vn.cuocthi.platformcore.tenancy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Provinces whose schema this node could not bring up to date at start-up. The node serves every other province;
 * these answer 503 (their schema is behind the code) until a later start or a retried onboarding migrates them.
 */
@Component
@NamedInterface("tenancy")
public class UnmigratedTenants {

    private final Set<String> slugs = ConcurrentHashMap.newKeySet();

    public void add(String slug) {
        slugs.add(slug);
    }

    public void remove(String slug) {
        slugs.remove(slug);
    }

    public boolean contains(String slug) {
        return slugs.contains(slug);
    }
}
