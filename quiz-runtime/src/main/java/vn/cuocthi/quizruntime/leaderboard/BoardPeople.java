package vn.cuocthi.quizruntime.leaderboard;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who the contestants on a board are (name and unit, to be shown masked), in one query for the whole page. */
@Repository
class BoardPeople {

    private final JdbcClient jdbc;

    BoardPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Person> of(UUID contestId, List<UUID> ids) {
        Map<UUID, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        jdbc.sql("""
                select c.id, c.full_name, u.name as unit from contestant c
                left join contest_unit u on u.contest_id = c.contest_id and u.code = c.unit_code
                where c.contest_id = ? and c.id = any(cast(? as uuid[]))""")
                .params(contestId, ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query((ResultSet rs) -> {
                    people.put(rs.getObject("id", UUID.class), new Person(rs.getString("full_name"), rs.getString("unit")));
                });
        return people;
    }

    record Person(String fullName, String unit) {
        static final Person UNKNOWN = new Person("?", null);
    }
}
