package vn.cuocthi.quizruntime.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.cuocthi.platformcore.web.ApiException;

/** Hashes run at most so many at a time; the rest wait their turn, and one that waits too long is told to retry. */
class BoundedHashingTest {

    @Test
    void noMoreHashesRunAtOnceThanTurns() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PasswordEncoder slow = encoder(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(20);
            running.decrementAndGet();
        });
        BoundedHashing bounded = new BoundedHashing(slow, 2, Duration.ofSeconds(30));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            threads.add(Thread.ofVirtual().start(() -> bounded.encode("mat-khau")));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aHashThatCannotStartInTimeIsA503WithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        BoundedHashing bounded = new BoundedHashing(encoder(() -> {
            started.countDown();
            await(release);
        }), 1, Duration.ofMillis(50));
        Thread busy = Thread.ofVirtual().start(() -> bounded.matches("a", "b"));
        started.await();
        assertThatThrownBy(() -> bounded.encode("mat-khau"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.key()).isEqualTo("server.busy");
                    assertThat(e.retryAfterSeconds()).isPresent();
                });
        release.countDown();
        busy.join();
        assertThat(bounded.encode("mat-khau")).isEqualTo("hashed");
    }

    private static PasswordEncoder encoder(Runnable work) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                work.run();
                return "hashed";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                work.run();
                return false;
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
