package vn.cuocthi.tenantadmin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo question bank on administrative reform (CCHC) that is loaded into every demo province.
 * These tests pin down its shape; whether each fact is right is a matter for the reviewers named in
 * docs/demo-question-bank.md.
 */
@DisplayName("The demo CCHC question bank")
class DemoQuestionBankTest {

    static final String RESOURCE = "/demo/cchc-questions.json";
    static final int MINIMUM_QUESTIONS = 160;
    static final Map<String, Integer> MINIMUM_PER_TOPIC = orderedMap(
            "NQ76", 20, "TTHC", 20, "CONGVU", 20, "CPDT", 20, "DANHGIA", 20, "TAICHINH", 10);
    static final Set<String> DIFFICULTIES = Set.of("EASY", "MEDIUM", "HARD");
    static final Pattern ID = Pattern.compile("([A-Z0-9]+)-\\d{3}");
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    record Option(String text, Boolean correct) {
    }

    record Question(String id, String topic, String difficulty, String text, Boolean multiple,
                    List<Option> options, String explanation, String legalSource) {

        long correctCount() {
            return options.stream().filter(o -> Boolean.TRUE.equals(o.correct())).count();
        }
    }

    record Bank(Integer version, String language, List<Question> questions) {
    }

    static String raw;
    static Bank bank;

    @BeforeAll
    static void load() throws IOException {
        byte[] bytes;
        try (InputStream in = DemoQuestionBankTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("classpath resource %s", RESOURCE).isNotNull();
            bytes = in.readAllBytes();
        }
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(RESOURCE + " is not valid UTF-8", e);
        }
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        bank = mapper.readValue(raw, Bank.class);
    }

    @Test
    @DisplayName("is UTF-8 JSON in NFC, version 1, language vi")
    void isNfcUtf8JsonWithVersionOneAndLanguageVi() {
        assertThat(raw).doesNotStartWith("\uFEFF");
        assertThat(Normalizer.isNormalized(raw, Normalizer.Form.NFC)).as("whole file is NFC").isTrue();
        assertThat(bank.version()).isEqualTo(1);
        assertThat(bank.language()).isEqualTo("vi");
        assertThat(bank.questions()).isNotNull();
    }

    @Test
    @DisplayName("holds at least 160 questions")
    void holdsAtLeast160Questions() {
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(MINIMUM_QUESTIONS);
    }

    @Test
    @DisplayName("gives every question a unique id made of its topic and a three-digit number")
    void givesEveryQuestionAUniqueIdPrefixedByItsTopic() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (Question q : bank.questions()) {
            if (q.id() == null || !seen.add(q.id())) {
                duplicates.add(String.valueOf(q.id()));
            }
            var m = q.id() == null ? null : ID.matcher(q.id());
            if (m == null || !m.matches() || !m.group(1).equals(q.topic())) {
                malformed.add(String.valueOf(q.id()));
            }
        }
        assertThat(duplicates).as("duplicate ids").isEmpty();
        assertThat(malformed).as("ids that are not TOPIC-NNN of their own topic").isEmpty();
    }

    @Test
    @DisplayName("covers every topic with at least its minimum number of questions and uses no other topic")
    void coversEveryTopicWithItsMinimumAndNoOtherTopic() {
        Map<String, Long> perTopic = bank.questions().stream()
                .collect(Collectors.groupingBy(q -> String.valueOf(q.topic()), TreeMap::new, Collectors.counting()));
        assertThat(perTopic.keySet()).as("topics used").isSubsetOf(MINIMUM_PER_TOPIC.keySet());
        MINIMUM_PER_TOPIC.forEach((topic, minimum) ->
                assertThat(perTopic.getOrDefault(topic, 0L)).as("questions in topic %s", topic)
                        .isGreaterThanOrEqualTo(minimum.longValue()));
    }

    @Test
    @DisplayName("rates every question EASY, MEDIUM or HARD, and uses all three")
    void ratesEveryQuestionEasyMediumOrHard() {
        assertThat(offenders(q -> !DIFFICULTIES.contains(q.difficulty()))).as("unknown difficulty").isEmpty();
        assertThat(bank.questions().stream().map(Question::difficulty).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(DIFFICULTIES);
    }

    @Test
    @DisplayName("offers between two and eight options per question")
    void offersBetweenTwoAndEightOptions() {
        assertThat(offenders(q -> q.options() == null || q.options().size() < 2 || q.options().size() > 8))
                .as("questions with fewer than 2 or more than 8 options").isEmpty();
        assertThat(offenders(q -> q.options().stream().anyMatch(o -> o == null || o.correct() == null)))
                .as("options without a correct flag").isEmpty();
    }

    @Test
    @DisplayName("gives a single-choice question exactly one correct option")
    void givesSingleChoiceQuestionsExactlyOneCorrectOption() {
        assertThat(offenders(q -> q.multiple() == null)).as("questions without a multiple flag").isEmpty();
        assertThat(offenders(q -> !q.multiple() && q.correctCount() != 1))
                .as("single-choice questions without exactly one correct option").isEmpty();
    }

    @Test
    @DisplayName("gives a multiple-choice question at least two correct options and flags it as multiple")
    void givesMultipleChoiceQuestionsAtLeastTwoCorrectOptionsAndFlagsThem() {
        assertThat(offenders(q -> q.multiple() && q.correctCount() < 2))
                .as("multiple-choice questions with fewer than 2 correct options").isEmpty();
        assertThat(offenders(q -> !q.multiple() && q.correctCount() > 1))
                .as("questions with several correct options not flagged multiple").isEmpty();
        assertThat(offenders(q -> q.correctCount() == q.options().size()))
                .as("questions whose options are all correct").isEmpty();
    }

    @Test
    @DisplayName("writes every text non-blank, NFC-normalised and without leading or trailing spaces")
    void writesEveryTextNonBlankNfcAndTrimmed() {
        List<String> problems = new ArrayList<>();
        for (Question q : bank.questions()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("id", q.id());
            fields.put("topic", q.topic());
            fields.put("text", q.text());
            fields.put("explanation", q.explanation());
            fields.put("legalSource", q.legalSource());
            for (int i = 0; i < q.options().size(); i++) {
                fields.put("options[" + i + "]", q.options().get(i).text());
            }
            fields.forEach((name, value) -> {
                if (value == null || value.isBlank()) {
                    problems.add(q.id() + " " + name + " is blank");
                } else if (!value.equals(value.strip())) {
                    problems.add(q.id() + " " + name + " has leading or trailing whitespace");
                } else if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
                    problems.add(q.id() + " " + name + " is not NFC");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("never asks the same question twice (ignoring case, Unicode form and spacing)")
    void neverAsksTheSameQuestionTwice() {
        Map<String, List<String>> byText = bank.questions().stream()
                .collect(Collectors.groupingBy(q -> comparable(q.text()),
                        Collectors.mapping(Question::id, Collectors.toList())));
        assertThat(byText.values().stream().filter(ids -> ids.size() > 1).toList())
                .as("ids sharing the same question text").isEmpty();
    }

    @Test
    @DisplayName("never repeats an option within a question")
    void neverRepeatsAnOptionWithinAQuestion() {
        assertThat(offenders(q -> q.options().stream().map(o -> comparable(o.text())).distinct().count()
                != q.options().size()))
                .as("questions with repeated option texts").isEmpty();
    }

    @Test
    @DisplayName("explains every answer and names its legal source")
    void explainsEveryAnswerAndNamesItsLegalSource() {
        assertThat(offenders(q -> q.explanation() == null || q.explanation().isBlank()))
                .as("questions without explanation").isEmpty();
        assertThat(offenders(q -> q.legalSource() == null || q.legalSource().isBlank()))
                .as("questions without legal source").isEmpty();
    }

    static List<String> offenders(java.util.function.Predicate<Question> bad) {
        return bank.questions().stream().filter(bad).map(Question::id).toList();
    }

    /** NFC, case-folded, whitespace collapsed: the form in which two texts count as the same. */
    static String comparable(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        String folded = nfc.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }

    static Map<String, Integer> orderedMap(Object... keyValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], (Integer) keyValues[i + 1]);
        }
        return map;
    }
}
