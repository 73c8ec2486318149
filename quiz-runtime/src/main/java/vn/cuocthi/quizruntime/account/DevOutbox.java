package vn.cuocthi.quizruntime.account;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.VietnamTime;
import vn.cuocthi.platformcore.tenancy.TenantContext;

/**
 * The local profile's outbox: the last text messages and e-mails the node would have sent, per province, in
 * memory, shown on {@code /dev/tin-nhan} so a developer (and a browser test) can read a recovery code. It does not
 * exist in production ({@code cuocthi.profile=production}), so neither does the page.
 */
@Component
@ConditionalOnProperty(name = "cuocthi.profile", havingValue = "local", matchIfMissing = true)
public class DevOutbox {

    private static final int KEPT = 50;

    private final Map<String, Deque<Message>> byProvince = new ConcurrentHashMap<>();
    private final Clock clock;

    DevOutbox(Clock clock) {
        this.clock = clock;
    }

    void record(Kind kind, String to, String subject, String text) {
        Deque<Message> messages = byProvince.computeIfAbsent(TenantContext.require().slug(), slug -> new ArrayDeque<>());
        synchronized (messages) {
            messages.addFirst(new Message(clock.instant(), kind, to, subject, text));
            while (messages.size() > KEPT) {
                messages.removeLast();
            }
        }
    }

    /** This province's messages, newest first. */
    public List<Message> messages() {
        Deque<Message> messages = byProvince.get(TenantContext.require().slug());
        if (messages == null) {
            return List.of();
        }
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    public enum Kind { SMS, EMAIL }

    public record Message(Instant at, Kind kind, String to, String subject, String text) {

        /** When, in Vietnam time, for the page. */
        public String shownAt() {
            return TIME.format(at.atZone(VietnamTime.ZONE));
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
}
