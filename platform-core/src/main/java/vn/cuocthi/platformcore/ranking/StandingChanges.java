package vn.cuocthi.platformcore.ranking;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;

/**
 * Carries {@link StandingChanged} to every node over Redis pub/sub: the staff side (which may run on another node,
 * and never calls the contestants' module) announces, each node republishes it as a local event in the province's
 * context. The database flag is the record; a lost message is caught by the boards' periodic reconciliation.
 */
@Component
public class StandingChanges {

    static final String CHANNEL = "cuocthi:platform:standings";
    private static final Logger log = LoggerFactory.getLogger(StandingChanges.class);

    private final StringRedisTemplate redis;

    StandingChanges(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Announces the change of the current province's contestant; call it after the change is committed. */
    public void announce(UUID contestId, UUID contestantId) {
        try {
            redis.convertAndSend(CHANNEL, TenantContext.require().slug() + "|" + contestId + "|" + contestantId);
        } catch (RuntimeException e) {
            log.warn("Could not announce the standing change of {} over Redis; reconciliation catches up: {}",
                    contestantId, e.toString());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "cuocthi.migrate-only", havingValue = "false", matchIfMissing = true)
    static class Listener {
        @Bean
        RedisMessageListenerContainer standingChangesListener(RedisConnectionFactory connections, TenantRegistry tenants,
                                                              ApplicationEventPublisher events) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            container.addMessageListener((message, pattern) -> {
                String[] parts = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8).split("\\|");
                tenants.find(parts[0]).ifPresent(tenant -> TenantContext.run(tenant, () -> events.publishEvent(
                        new StandingChanged(UUID.fromString(parts[1]), UUID.fromString(parts[2])))));
            }, new ChannelTopic(CHANNEL));
            return container;
        }
    }
}
