package vn.cuocthi.platformcore.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.cuocthi.platformcore.CuocThiProperties;

/**
 * The operator API's bearer secret until operators sign in through Keycloak. Production sets
 * {@code CUOCTHI_OPERATOR_TOKEN}; a local run with the embedded database generates one and keeps it in
 * {@code <data-dir>/operator-token} so it survives restarts.
 */
@Component
public class OperatorToken {

    private static final Logger log = LoggerFactory.getLogger(OperatorToken.class);
    private static final int MIN_LENGTH = 24;

    private final byte[] secret;
    private final Path generatedFile;

    public OperatorToken(CuocThiProperties properties, Environment environment) {
        String configured = properties.operatorToken();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("CUOCTHI_OPERATOR_TOKEN must be at least " + MIN_LENGTH + " characters long");
            }
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
            this.generatedFile = null;
        } else if (environment.getProperty("cuocthi.embedded.database", Boolean.class, false)) {
            this.generatedFile = properties.dataDir().toAbsolutePath().resolve("operator-token");
            this.secret = readOrGenerate(generatedFile).getBytes(StandardCharsets.UTF_8);
            log.info("Operator API token kept in {}", generatedFile);
        } else {
            throw new IllegalStateException("Set CUOCTHI_OPERATOR_TOKEN (at least " + MIN_LENGTH
                    + " characters): the operator API needs a secret when an external database is used");
        }
    }

    /** Constant-time comparison: the time taken says nothing about how much of a guess was right. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the generated token is kept, if it was generated. */
    public Path generatedFile() {
        return generatedFile;
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                String existing = Files.readString(file).trim();
                if (existing.length() >= MIN_LENGTH) {
                    return existing;
                }
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, token + "\n");
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the operator token in " + file, e);
        }
    }
}
