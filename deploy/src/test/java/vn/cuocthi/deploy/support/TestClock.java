package vn.cuocthi.deploy.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time plus an offset that a test may move forward (a round ends, a
 * deadline passes) instead of sleeping. One instance per test JVM, shared by the test context and any further
 * node a test starts in the same JVM ({@link Config} as an extra source), so all of them agree on the time.
 * A test that moves it calls {@link #reset()} when done; the default is the real time.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock() {
    }

    /** Moves the application's time forward (never back: deadlines already passed stay passed). */
    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Moves the application's time to just after {@code instant}, if it is not past it already. */
    public void advanceTo(Instant instant) {
        Duration gap = Duration.between(instant(), instant);
        if (!gap.isNegative()) {
            advance(gap.plusMillis(1));
        }
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    /** Puts the shared clock in a context in place of the application's real one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
