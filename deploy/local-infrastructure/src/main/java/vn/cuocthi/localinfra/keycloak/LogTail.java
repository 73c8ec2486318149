package vn.cuocthi.localinfra.keycloak;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The last lines of a log file, for error messages that should explain themselves without a trip to the file. */
final class LogTail {

    static final int LINES = 40;
    private static final int MAX_BYTES = 16 * 1024;

    private LogTail() {
    }

    static String of(Path log) {
        if (!Files.isRegularFile(log)) {
            return "    (no log at " + log + ")";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            StringBuilder tail = new StringBuilder();
            for (int i = Math.max(start > 0 ? 1 : 0, lines.length - LINES); i < lines.length; i++) {
                tail.append("    ").append(lines[i]).append('\n');
            }
            return tail.isEmpty() ? "    (the log is empty)" : tail.toString();
        } catch (IOException e) {
            return "    (could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
