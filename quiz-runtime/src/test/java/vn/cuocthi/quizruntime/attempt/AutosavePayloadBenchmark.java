package vn.cuocthi.quizruntime.attempt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * JMH: an autosave's payloads through Jackson 3 — the request {@code {optionIds}} read, the answer {@code {savedAt}}
 * written — and the option list as the SQL array text the store binds. Opt-in: {@code deploy/load/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AutosavePayloadBenchmark {

    private final JsonMapper json = JsonMapper.builder().build();
    private final byte[] request = "{\"optionIds\":[\"6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f\"]}".getBytes(StandardCharsets.UTF_8);
    private final AttemptController.Saved saved = new AttemptController.Saved(Instant.parse("2026-12-01T01:02:03.456789Z"));
    private final List<UUID> options = List.of(UUID.fromString("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"));

    @Benchmark
    public Object readRequest() {
        return json.readValue(request, AttemptController.Answer.class);
    }

    @Benchmark
    public byte[] writeAnswer() {
        return json.writeValueAsBytes(saved);
    }

    @Benchmark
    public String optionsAsSqlArray() {
        return AttemptStore.uuidArray(options);
    }
}
