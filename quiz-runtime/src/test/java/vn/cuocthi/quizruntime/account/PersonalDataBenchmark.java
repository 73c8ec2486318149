package vn.cuocthi.quizruntime.account;

import java.security.SecureRandom;
import java.util.Base64;
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

import vn.cuocthi.platformcore.personal.DataKeys;
import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.platformcore.personal.PersonalData.LookupKind;

/**
 * JMH: what sealing personal data costs per request (issue 13's encryption, measured for issue 12): sealing one value
 * (AES-256-GCM, a registration seals four), opening one (staff views and exports), and a look-up hash (HMAC-SHA256:
 * a sign-in computes one, a registration three). Set against one Argon2id hash (tens of milliseconds), these are
 * microseconds. Opt-in: {@code deploy/load/jmh.sh PersonalData}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PersonalDataBenchmark {

    private final PersonalData personal = new PersonalData(DataKeys.parse("1:" + randomKey(), randomKey()));
    private final UUID row = UUID.fromString("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f");
    private final byte[] sealedCccd = personal.seal("cccd", row, "001090123456");

    @Benchmark
    public byte[] sealOne() {
        return personal.seal("cccd", row, "001090123456");
    }

    @Benchmark
    public String openOne() {
        return personal.open("cccd", row, sealedCccd);
    }

    @Benchmark
    public byte[] lookupHash() {
        return personal.lookup(LookupKind.PHONE, "0912345678");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
