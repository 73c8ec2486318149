package vn.cuocthi.platformcore.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class NodeDoorTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong();

    @Test
    void newWorkIsRefusedAtItsBoundAndWorkUnderWayOnlyAtTheFullBound() {
        NodeDoor door = new NodeDoor(3, 2, clock::get);
        assertThat(door.enter(false)).isZero();
        assertThat(door.enter(false)).isZero();
        int refused = door.enter(false);
        assertThat(refused).isBetween(1, NodeDoor.MAX_RETRY_AFTER);
        assertThat(door.inFlight()).as("a refusal holds nothing").isEqualTo(2);
        assertThat(door.enter(true)).as("an exam under way still gets in").isZero();
        assertThat(door.enter(true)).isPositive();
        assertThat(door.refusedTotal()).isEqualTo(2);
        door.leave();
        assertThat(door.inFlight()).isEqualTo(2);
        assertThat(door.enter(true)).isZero();
        door.leave();
        door.leave();
        assertThat(door.enter(false)).isZero();
    }

    @Test
    void theWaitGrowsWhileRefusalsOutnumberTheirShareAndShrinksWhenTheyStop() {
        NodeDoor door = new NodeDoor(10, 10, clock::get);
        for (int i = 0; i < 10; i++) {
            door.enter(false);
        }
        double first = door.retryAfterSeconds();
        for (int second = 0; second < 8; second++) {
            // each second: 10 served, 100 refused (ten times the quarter it steers to)
            for (int i = 0; i < 10; i++) {
                door.leave();
                door.enter(false);
            }
            for (int i = 0; i < 100; i++) {
                assertThat(door.enter(false)).isBetween(1, NodeDoor.MAX_RETRY_AFTER);
            }
            clock.addAndGet(SECOND);
        }
        door.leave(); // the tick after the last second
        double grown = door.retryAfterSeconds();
        assertThat(grown).isGreaterThan(first * 4).isLessThanOrEqualTo(NodeDoor.MAX_RETRY_AFTER);
        assertThat(door.underWayRetryAfterSeconds()).as("work under way was never refused").isEqualTo(1.0);
        for (int second = 0; second < 12; second++) {
            clock.addAndGet(SECOND);
            door.enter(false);
            door.leave();
        }
        assertThat(door.retryAfterSeconds()).as("no refusals: back to a second").isEqualTo(1.0);
    }

    @Test
    void workUnderWayWaitsLessThanNewWorkInTheSameCrowdAndNeverMoreThanTenSeconds() {
        // the deadline rush: far more submissions than slots, every second, alongside as many refused sign-ins
        NodeDoor door = new NodeDoor(10, 5, clock::get);
        for (int i = 0; i < 10; i++) {
            door.enter(true);
        }
        int longestUnderWay = 0;
        for (int second = 0; second < 20; second++) {
            for (int i = 0; i < 10; i++) {
                door.leave();
                door.enter(true);
            }
            for (int i = 0; i < 100; i++) {
                longestUnderWay = Math.max(longestUnderWay, door.enter(true));
                assertThat(door.enter(false)).isBetween(1, NodeDoor.MAX_RETRY_AFTER);
            }
            clock.addAndGet(SECOND);
        }
        door.leave();
        assertThat(door.underWayRetryAfterSeconds()).isGreaterThan(1.0).isLessThanOrEqualTo(NodeDoor.MAX_UNDER_WAY_RETRY_AFTER);
        assertThat(longestUnderWay).isBetween(2, NodeDoor.MAX_UNDER_WAY_RETRY_AFTER);
        assertThat(door.retryAfterSeconds()).as("new work steers to a quarter of the served: it waits longer")
                .isGreaterThan(door.underWayRetryAfterSeconds());
        assertThat(door.refusedTotal()).isEqualTo(4000);
    }

    @Test
    void refusesBoundsThatCannotWork() {
        assertThatThrownBy(() -> new NodeDoor(10, 11, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeDoor(0, 0, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
