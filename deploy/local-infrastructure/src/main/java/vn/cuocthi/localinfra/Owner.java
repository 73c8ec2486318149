package vn.cuocthi.localinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A process named by pid and start time, so that a pid reused by another program does not count as the owner. */
final class Owner {

    private Owner() {
    }

    static String self() {
        return describe(ProcessHandle.current());
    }

    static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String line = Files.readString(file).trim();
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    static boolean alive(String owner) {
        String[] parts = owner.split(" ", 2);
        try {
            return ProcessHandle.of(Long.parseLong(parts[0]))
                    .filter(ProcessHandle::isAlive)
                    .map(handle -> parts.length < 2 || describe(handle).equals(owner))
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Object::toString).orElse("?");
    }
}
