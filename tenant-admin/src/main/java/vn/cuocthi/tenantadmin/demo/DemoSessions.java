package vn.cuocthi.tenantadmin.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.Round;
import vn.cuocthi.platformcore.session.ExamSessionStatus;
import vn.cuocthi.platformcore.session.ExamSessions;
import vn.cuocthi.tenantadmin.unit.UnitView;

/**
 * Units that registered to sit the open contest's first round together, one a day at 08:00 from its first day, so a
 * local run's sessions calendar, its staff unit report (whom to call) and the collective session weight have
 * something to show. A session whose hour has passed is marked held, as staff would after the photos came in.
 */
@Component
class DemoSessions {

    private static final List<String> CONTACTS = List.of("Hoàng Thị Mai", "Nông Văn Bình", "Lục Thị Hoa");

    private final ExamSessions sessions;
    private final Clock clock;

    DemoSessions(ExamSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    void register(Contest open, List<UnitView> units) {
        Round first = open.definition().rounds().getFirst();
        List<UnitView> staffed = units.stream().filter(unit -> unit.headcount() > 0).limit(CONTACTS.size()).toList();
        for (int i = 0; i < staffed.size(); i++) {
            UnitView unit = staffed.get(i);
            Instant at = first.startsAt().toInstant().plus(Duration.ofHours(8 + 24L * i));
            if (!at.isBefore(first.endsAt().toInstant())) {
                return;
            }
            ExamSessions.Registered registered = sessions.register(new ExamSessions.NewSession(open.id(), unit.code(), 1, at,
                    Math.min(unit.headcount(), 10 + 5 * i), "Hội trường " + unit.name(), CONTACTS.get(i), "091234567" + i));
            if (at.isBefore(clock.instant())) {
                sessions.setStatus(open.id(), registered.session().id(), ExamSessionStatus.CONFIRMED, DemoContent.ACTOR);
            }
        }
    }
}
