package vn.cuocthi.deploy.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Response times and statuses per request kind, recorded by the generator and summarised into the run folder's
 * {@code latencies.csv}: requests, errors (any status other than 2xx, or no response), throughput over the kind's
 * own span (first request sent to last answered), p50/p95/p99/max, and the statuses seen.
 */
final class Latencies {

    static final String FILE = "latencies.csv";

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    /** {@code status} 0 and {@code millis} -1: no response (refused, reset or timed out). */
    void record(String kind, int status, int millis) {
        kinds.computeIfAbsent(kind, k -> new Kind()).add(status, millis, System.currentTimeMillis());
    }

    void write(Path runDir) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(kinds).forEach((name, kind) -> lines.add(name + "," + kind.summary()));
        try {
            Files.write(runDir.resolve(FILE), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of {@code latencies.csv}, read back by the report. */
    record Summary(String kind, long requests, long errors, double perSecond, int p50, int p95, int p99, int max,
                   long firstSentAt, long lastAnsweredAt, String statuses) {

        static Summary parse(String line) {
            String[] f = line.split(",");
            return new Summary(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Long.parseLong(f[8]),
                    Long.parseLong(f[9]), f.length > 10 ? f[10] : "");
        }

        static List<Summary> read(Path runDir) throws IOException {
            return Files.readAllLines(runDir.resolve(FILE)).stream().map(Summary::parse).toList();
        }
    }

    private static final class Kind {
        private int[] millis = new int[1024];
        private int size;
        private long first = Long.MAX_VALUE;
        private long last;
        private final Map<Integer, Long> statuses = new TreeMap<>();
        private long errors;

        synchronized void add(int status, int took, long now) {
            statuses.merge(status, 1L, Long::sum);
            if (status < 200 || status >= 300) {
                errors++;
            }
            if (took >= 0) {
                if (size == millis.length) {
                    millis = Arrays.copyOf(millis, size * 2);
                }
                millis[size++] = took;
                first = Math.min(first, now - took);
                last = Math.max(last, now);
            }
        }

        synchronized String summary() {
            int[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            long requests = statuses.values().stream().mapToLong(Long::longValue).sum();
            double seconds = size == 0 ? 0 : Math.max(1, last - first) / 1000.0;
            return String.format(Locale.ROOT, "%d,%d,%.1f,%d,%d,%d,%d,%d,%d,%s", requests, errors,
                    size == 0 ? 0 : size / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1], size == 0 ? 0 : first, last,
                    statuses.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" ")));
        }

        private static int at(int[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        }
    }
}
