package vn.cuocthi.quizruntime.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.password.PasswordEncoder;

import vn.cuocthi.platformcore.web.ApiException;

/**
 * Password hashing is a security parameter: its cost bounds how many sign-ins a core does per second. On the
 * exam morning thousands arrive at once; hashing them all at once on virtual threads only makes every one slow
 * and starves the exams in progress of CPU. So at most one hash per core runs, the rest wait their turn in order
 * (holding no database connection: sign-in and registration hash outside any transaction), and one that cannot
 * start within the wait is told to come back (503 with Retry-After), never answered with an error.
 */
final class BoundedHashing implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final Semaphore turns;
    private final Duration maxWait;

    BoundedHashing(PasswordEncoder hashing, int concurrent, Duration maxWait) {
        this.hashing = hashing;
        this.turns = new Semaphore(Math.max(1, concurrent), true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return hashing.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return hashing.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            if (!turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiException.unavailable(5, "server.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable(5, "server.busy");
        }
    }
}
