package vn.cuocthi.quizruntime.admission;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The waiting rooms of the exam morning: new exam starts and new sign-ins each get a bounded number in flight.
 * Autosaves and submits of exams in progress go through no room: what starts and sign-ins may hold is capped below
 * the database pool (20 connections by default), so the rest of the pool stays theirs, and they are never shed
 * before a new start is. Defaults from the small morning run (docs/benchmarks.md): 8 starts at once kept the pool
 * from filling while the CPU stayed busy; sign-ins are bound by the password hash (one per core), so a few more
 * than the cores wait here, in order and with a position, instead of in the hashing queue.
 */
@Component
public class Admission {

    private final WaitingRoom starts;
    private final WaitingRoom signIns;

    Admission(@Value("${cuocthi.admission.starts.in-flight:8}") int startsInFlight,
              @Value("${cuocthi.admission.starts.max-queue:800}") int startsQueue,
              @Value("${cuocthi.admission.starts.max-wait:25s}") Duration startsWait,
              @Value("${cuocthi.admission.sign-ins.in-flight:0}") int signInsInFlight,
              @Value("${cuocthi.admission.sign-ins.max-queue:300}") int signInsQueue,
              @Value("${cuocthi.admission.sign-ins.max-wait:30s}") Duration signInsWait, MeterRegistry meters) {
        this.starts = new WaitingRoom("starts", startsInFlight, startsQueue, startsWait);
        int cores = Runtime.getRuntime().availableProcessors();
        this.signIns = new WaitingRoom("sign-ins", signInsInFlight > 0 ? signInsInFlight : cores + 2, signInsQueue, signInsWait);
        for (WaitingRoom room : new WaitingRoom[] {starts, signIns}) {
            // the dashboard's waiting-room panel and capacity planning read these
            Gauge.builder("cuocthi.admission.waiting", room, r -> r.load().waiting()).tag("room", room.name())
                    .description("Requests waiting for admission").register(meters);
            Gauge.builder("cuocthi.admission.running", room, r -> r.load().running()).tag("room", room.name())
                    .description("Requests admitted and running").register(meters);
        }
    }

    /** New exam starts (and resumes through the start endpoint). */
    public WaitingRoom starts() {
        return starts;
    }

    /** Sign-ins: one password hash each. */
    public WaitingRoom signIns() {
        return signIns;
    }
}
