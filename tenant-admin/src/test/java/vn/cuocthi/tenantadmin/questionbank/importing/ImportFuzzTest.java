package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.cuocthi.platformcore.TypedText;
import vn.cuocthi.platformcore.web.ApiException;
import vn.cuocthi.tenantadmin.unit.UnitImport;
import vn.cuocthi.tenantadmin.unit.UnitInput;

/**
 * Coverage-guided fuzzing (Jazzer) of every way a file gets in: the six question importers and the unit import.
 * The first byte picks the reader, the rest is the file; the seeds (ImportFuzzTestInputs) are the importers' own
 * valid and hostile fixtures. bin/test fuzzes for a bounded time in its own JVM (tenant-admin's pom: the `fuzz`
 * execution, JAZZER_FUZZ=1; Jazzer fuzzes one test per JVM, hence one test for all readers); a plain run replays the
 * seeds and any finding kept beside them. Only clear outcomes pass: valid questions or known problems
 * ({@link HostileInputTest#assertClear}), units that pass the list's rules or a 4xx with its problems, within a
 * few seconds per file. All or nothing is then the import services' rule (a file with a problem stores nothing).
 */
class ImportFuzzTest {

    private static final QuestionFormat[] FORMATS = QuestionFormat.values();
    private static final Duration PER_FILE = Duration.ofSeconds(5);

    @FuzzTest(maxDuration = "20s")
    void everyImporterGivesQuestionsOrClearProblems(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int reader = Byte.toUnsignedInt(data[0]) % (FORMATS.length + 1);
        byte[] file = Arrays.copyOfRange(data, 1, data.length);
        if (reader == FORMATS.length) {
            assertTimeoutPreemptively(PER_FILE, () -> units(file));
        } else {
            HostileInputTest.assertClear(assertTimeoutPreemptively(PER_FILE, () -> Imports.parse(FORMATS[reader], file)));
        }
    }

    private static void units(byte[] file) {
        List<UnitInput> units;
        try {
            units = UnitImport.check("don-vi.csv", file);
        } catch (ApiException refused) {
            assertThat(refused.status().is4xxClientError()).as(refused.key()).isTrue();
            assertThat(refused.errors()).as(refused.key()).isNotEmpty();
            return;
        }
        assertThat(units).isNotEmpty().allSatisfy(unit -> {
            assertThat(unit.code()).isNotBlank();
            assertThat(unit.name()).isNotBlank();
            assertThat(TypedText.refused(unit.name(), TypedText.Kind.LINE)).isFalse();
            assertThat(unit.headcount()).isNotNegative();
        });
    }
}
