package vn.cuocthi.quizruntime.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.cuocthi.platformcore.web.ApiException;

class WaitingRoomTest {

    @Test
    void admitsAtMostInFlightAndTheRestInArrivalOrder() throws Exception {
        WaitingRoom room = new WaitingRoom("test", 1, 10, Duration.ofSeconds(20));
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        Thread first = Thread.ofVirtual().start(() -> room.enter(() -> {
            await(release);
            order.add(0);
            return null;
        }));
        waitFor(room, 1, 0);
        Thread[] waiting = new Thread[5];
        for (int i = 0; i < waiting.length; i++) {
            int number = i + 1;
            waiting[i] = Thread.ofVirtual().start(() -> room.enter(() -> order.add(number)));
            waitFor(room, 1, number); // each has joined the queue before the next arrives
        }
        release.countDown();
        first.join(5000);
        for (Thread thread : waiting) {
            thread.join(5000);
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(room.load()).isEqualTo(new WaitingRoom.Load(0, 0));
    }

    @Test
    void oneThatWaitsTooLongIsToldItsPlaceAndWhenToComeBack() throws Exception {
        WaitingRoom room = new WaitingRoom("test", 1, 10, Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = occupy(room, release);
        try {
            assertThatThrownBy(() -> room.enter(() -> "never")).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(e.key()).isEqualTo("server.busy");
                assertThat(e.properties()).containsEntry("position", 1);
                assertThat(e.retryAfterSeconds().orElseThrow()).isBetween(1L, 30L);
            });
            assertThat(room.load()).as("the one that gave up left the queue").isEqualTo(new WaitingRoom.Load(1, 0));
        } finally {
            release.countDown();
            busy.join(5000);
        }
        assertThat(room.enter(() -> "admitted")).as("a free room admits at once").isEqualTo("admitted");
    }

    @Test
    void aFullQueueRefusesAtOnceAndAFailureFreesTheSlot() throws Exception {
        WaitingRoom room = new WaitingRoom("test", 1, 0, Duration.ofSeconds(20));
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = occupy(room, release);
        long started = System.nanoTime();
        assertThatThrownBy(() -> room.enter(() -> "never")).isInstanceOf(ApiException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        release.countDown();
        busy.join(5000);

        assertThatThrownBy(() -> room.enter(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(room.load()).isEqualTo(new WaitingRoom.Load(0, 0));
    }

    /** Takes the room's one slot until {@code release}. */
    private static Thread occupy(WaitingRoom room, CountDownLatch release) throws InterruptedException {
        Thread busy = Thread.ofVirtual().start(() -> room.enter(() -> {
            await(release);
            return null;
        }));
        waitFor(room, 1, 0);
        return busy;
    }

    private static void waitFor(WaitingRoom room, int running, int waiting) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!room.load().equals(new WaitingRoom.Load(running, waiting)) && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(room.load()).isEqualTo(new WaitingRoom.Load(running, waiting));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
