package vn.cuocthi.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The password of the local run's demo accounts (operator and demo staff), generated once and kept in
 * {@code <data dir>/demo-password} so it survives restarts; a fixed well-known password would end up somewhere real.
 */
public final class DemoPassword {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoPassword() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("demo-password");
    }

    public static String readOrCreate(Path dataDir) {
        Path file = file(dataDir);
        try {
            if (Files.exists(file)) {
                String existing = Files.readString(file).strip();
                if (existing.length() >= 12) {
                    return existing;
                }
            }
            String password = random(16);
            Files.createDirectories(dataDir);
            Files.writeString(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the demo password in " + file, e);
        }
    }

    private static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
