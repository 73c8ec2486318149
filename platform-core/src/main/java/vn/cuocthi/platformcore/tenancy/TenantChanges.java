package vn.cuocthi.platformcore.tenancy;

import org.springframework.modulith.NamedInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Tells every node that the registry changed (onboarding, suspension), so a suspended province stops
 * answering everywhere at once rather than at the next timed reload.
 */
@Component
@NamedInterface("tenancy")
public class TenantChanges {

    static final String CHANNEL = "cuocthi:platform:tenants";
    private static final Logger log = LoggerFactory.getLogger(TenantChanges.class);

    private final StringRedisTemplate redis;
    private final TenantRegistry registry;

    public TenantChanges(StringRedisTemplate redis, TenantRegistry registry) {
        this.redis = redis;
        this.registry = registry;
    }

    public void announce(String slug) {
        registry.refresh();
        try {
            redis.convertAndSend(CHANNEL, slug);
        } catch (RuntimeException e) {
            // the other nodes still catch up on their timed reload
            log.warn("Could not announce the change of tenant {} over Redis", slug, e);
        }
    }

    /** Not in migrate-only runs, which may have no Redis at all. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "cuocthi.migrate-only", havingValue = "false", matchIfMissing = true)
    static class Listener {
        @Bean
        RedisMessageListenerContainer tenantChangesListener(RedisConnectionFactory connections, TenantRegistry registry) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            container.addMessageListener((message, pattern) -> registry.refresh(), new ChannelTopic(CHANNEL));
            return container;
        }
    }
}
