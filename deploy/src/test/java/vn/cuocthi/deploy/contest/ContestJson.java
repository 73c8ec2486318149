package vn.cuocthi.deploy.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Contest bodies as staff would send them, built as JSON-shaped maps. */
final class ContestJson {

    private ContestJson() {
    }

    static Map<String, Object> round(String name, String startsAt, String endsAt) {
        return Map.of("name", name, "startsAt", startsAt, "endsAt", endsAt);
    }

    /** A complete contest of one group drawing {@code questionCount} questions, {@code quota} of them from topic QUOTA. */
    static Map<String, Object> complete(String name, List<Map<String, Object>> rounds, int questionCount, int quota) {
        Map<String, Object> contest = new HashMap<>();
        contest.put("name", name);
        contest.put("year", 2025);
        contest.put("description", "<p>Cuộc thi tìm hiểu về <b>cải cách hành chính</b></p><script>alert(1)</script>");
        contest.put("rules", "<p onclick=\"steal()\">Mỗi người được thi tối đa 3 lần.</p>");
        contest.put("documents", List.of(Map.of("title", "Nghị quyết 76/NQ-CP", "url", "https://vanban.chinhphu.vn/nq76")));
        contest.put("rounds", rounds);
        contest.put("groups", List.of(Map.of("code", "CBCCVC", "name", "Cán bộ, công chức, viên chức", "minAge", 18)));
        Map<String, Object> exam = new HashMap<>();
        exam.put("questionCount", questionCount);
        exam.put("topicQuotas", quota == 0 ? List.of() : List.of(Map.of("topic", "QUOTA", "count", quota)));
        exam.put("timeLimitSeconds", 1200);
        exam.put("attemptsPerRound", 3);
        exam.put("countedAttempt", "BEST");
        exam.put("pointsPerQuestion", 1);
        exam.put("revealAnswers", "AFTER_CONTEST");
        exam.put("graceSeconds", 30);
        contest.put("exam", exam);
        contest.put("prediction", Map.of("question", "Tuần này có bao nhiêu người dự thi?", "measure", "PARTICIPANTS", "required", true));
        contest.put("tieBreaks", List.of("SCORE", "PREDICTION", "DURATION", "SUBMITTED_AT"));
        contest.put("registrationFields", Map.of(
                "fields", List.of(field("FULL_NAME", true), field("CCCD", true), field("PHONE", true), field("BIRTH_DATE", false)),
                "exclusions", List.of(Map.of("cccd", "001090000001", "note", "Thành viên Ban Tổ chức"))));
        contest.put("prizes", List.of(Map.of("group", "CBCCVC", "first", 1, "second", 2, "third", 3, "consolation", 10)));
        return contest;
    }

    static Map<String, Object> field(String name, boolean required) {
        return Map.of("name", name, "shown", true, "required", required);
    }

    static Map<String, Object> with(Map<String, Object> contest, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(contest);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withExam(Map<String, Object> contest, String key, Object value) {
        Map<String, Object> exam = new HashMap<>((Map<String, Object>) contest.get("exam"));
        exam.put(key, value);
        return with(contest, "exam", exam);
    }

    static List<Map<String, Object>> questions(String topic, int count, String prefix) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(Map.of("text", prefix + " câu hỏi số " + i + " về chủ đề " + topic + "?", "topic", topic,
                    "difficulty", "MEDIUM",
                    "options", List.of(Map.of("text", "Phương án đúng", "correct", true), Map.of("text", "Phương án sai", "correct", false))));
        }
        return questions;
    }
}
