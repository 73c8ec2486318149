package vn.cuocthi.tenantadmin.questionbank.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.fixture;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.parse;
import static vn.cuocthi.tenantadmin.questionbank.importing.Imports.problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cuocthi.platformcore.TypedText;

/** Files made to hurt: each becomes a clear problem, never an exception, a hang or an out-of-memory error. */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);
    private static final byte[] SMALL_XLSX = Workbooks.xlsx(Workbooks.TEMPLATE_HEADER,
            new Object[] {"Câu hỏi?", "Một", "Hai", null, null, "A"});
    private static final byte[] SMALL_DOCX = Documents.docx("Câu 1: Câu hỏi?", "A. Một*", "B. Hai");

    // Zip bombs and other package tricks (xlsx, docx and QTI share the same guard).

    @ParameterizedTest
    @EnumSource(value = QuestionFormat.class, names = {"XLSX", "DOCX", "QTI21"})
    void zipBombIsRefusedBeforeItInflates(QuestionFormat format) {
        byte[] bomb = Zips.bomb(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                format == QuestionFormat.DOCX ? "word/document.xml" : "xl/worksheets/sheet1.xml", 64L << 20);

        ImportResult result = assertTimeoutPreemptively(QUICKLY, () -> parse(format, bomb));

        assertThat(bomb.length).isLessThan(200_000);
        assertThat(problems(result)).containsExactly("0:zip.bomb");
    }

    @Test
    void packageInflatingBeyondTheTotalLimitIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Random random = new Random(76);
        for (int i = 0; i < 3; i++) {
            byte[] noise = new byte[600 * 1024];
            random.nextBytes(noise);
            entries.put("items/noise" + i + ".bin", noise);
        }
        ImportLimits oneMegabyte = limits(20L << 20, 10_000, 1_000, 1L << 20, 1_000);

        ImportResult result = parse(QuestionFormat.QTI21, Zips.zip(entries), oneMegabyte);

        assertThat(problems(result)).containsExactly("0:zip.tooLarge");
    }

    @Test
    void packageWithTooManyEntriesIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 100; i++) {
            entries.put("items/item" + i + ".xml", new byte[0]);
        }

        ImportResult result = parse(QuestionFormat.QTI21, Zips.zip(entries), limits(20L << 20, 10_000, 100,
                100L << 20, 1_000));

        assertThat(problems(result)).containsExactly("0:zip.tooManyEntries");
        assertThat(result.problems().getFirst().args()).containsExactly(100);
    }

    @ParameterizedTest
    @EnumSource(value = QuestionFormat.class, names = {"XLSX", "DOCX"})
    void officePackageWithMorePartsThanPoiAllowsIsRefused(QuestionFormat format) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 1_000; i++) {
            entries.put("customXml/item" + i + ".xml", new byte[0]);
        }

        ImportResult result = parse(format, Zips.zip(entries));

        assertThat(problems(result)).containsExactly("0:zip.tooManyEntries");
        assertThat(result.problems().getFirst().args()).containsExactly(1_000);
    }

    @ParameterizedTest
    @EnumSource(value = QuestionFormat.class, names = {"XLSX", "DOCX", "QTI21"})
    void pathTraversalInsideThePackageIsRefused(QuestionFormat format) {
        for (String path : new String[] {"../../etc/cron.d/evil", "/etc/passwd", "C:\\Windows\\evil.dll",
            "xl/..\\..\\evil.xml"}) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entries.put(path, "x".getBytes(StandardCharsets.UTF_8));

            ImportResult result = parse(format, Zips.zip(entries));

            assertThat(problems(result)).as(path).containsExactly("0:zip.unsafePath");
            // The zip reader shows Windows separators as "/"; the officer sees the path either way.
            assertThat(result.problems().getFirst().args().getFirst().toString().replace('\\', '/'))
                    .isEqualTo(path.replace('\\', '/'));
        }
    }

    @Test
    void repeatedEntryNameIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8));
        entries.put("imsmanifest.xmk", "<manifest/>".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Zips.zip(entries);
        // Give the second entry the first one's name, in its local header and in the central directory alike.
        replaceAll(zip, "imsmanifest.xmk".getBytes(StandardCharsets.US_ASCII),
                "imsmanifest.xml".getBytes(StandardCharsets.US_ASCII));

        ImportResult result = parse(QuestionFormat.QTI21, zip);

        assertThat(problems(result)).containsExactly("0:zip.duplicateEntry");
        assertThat(result.problems().getFirst().args()).containsExactly("imsmanifest.xml");
    }

    @ParameterizedTest
    @EnumSource(value = QuestionFormat.class, names = {"XLSX", "DOCX"})
    void truncatedUploadIsReportedAsIncomplete(QuestionFormat format) {
        byte[] whole = format == QuestionFormat.XLSX ? SMALL_XLSX : SMALL_DOCX;

        assertThat(problems(parse(format, Arrays.copyOf(whole, whole.length / 2)))).containsExactly("0:zip.corrupt");
        assertThat(problems(parse(format, Arrays.copyOf(whole, whole.length - 10)))).containsExactly("0:zip.corrupt");
    }

    @Test
    void truncatedQtiPackageIsReportedAsIncomplete() {
        byte[] whole = Zips.zip(Zips.folder("qti/package"));

        assertThat(problems(parse(QuestionFormat.QTI21, Arrays.copyOf(whole, whole.length * 2 / 3))))
                .containsExactly("0:zip.corrupt");
    }

    // XML external entities and entity expansion.

    @Test
    void moodleXml_externalEntityIsRefusedBeforeAnythingIsRead() {
        ImportResult result = parse(QuestionFormat.MOODLE_XML, fixture("hostile/xxe.xml"));

        assertThat(problems(result)).containsExactly("0:xml.dtd");
        assertThat(result.questions()).isEmpty();
    }

    @Test
    void moodleXml_billionLaughsIsRefusedWithoutExpandingAnything() {
        ImportResult result = assertTimeoutPreemptively(QUICKLY,
                () -> parse(QuestionFormat.MOODLE_XML, fixture("hostile/billion-laughs.xml")));

        assertThat(problems(result)).containsExactly("0:xml.dtd");
    }

    @Test
    void qti_bareItemWithExternalEntityIsRefused() {
        assertThat(problems(parse(QuestionFormat.QTI21, fixture("hostile/xxe.xml")))).containsExactly("0:xml.dtd");
    }

    @ParameterizedTest
    @EnumSource(value = QuestionFormat.class, names = {"XLSX", "DOCX", "QTI21"})
    void externalEntityInsideAPackagePartIsRefused(QuestionFormat format) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        String part = format == QuestionFormat.QTI21 ? "imsmanifest.xml" : "docProps/app.xml";
        entries.put(part, fixture("hostile/xxe.xml"));

        ImportResult result = parse(format, Zips.zip(entries));

        assertThat(problems(result)).containsExactly("0:zip.entryDtd");
    }

    @Test
    void xmlNestedDeeperThanAnyQuestionNeedsIsRefusedWithoutOverflowingTheStack() {
        String nested = "<quiz>" + "<question>".repeat(100_000) + "</question>".repeat(100_000) + "</quiz>";

        ImportResult result = parse(QuestionFormat.MOODLE_XML, nested);

        assertThat(problems(result)).containsExactly("0:xml.malformed");
    }

    // Files that are not what they claim to be.

    @Test
    void pdfRenamedDocxIsNamedForWhatItIs() {
        ImportResult result = parse(QuestionFormat.DOCX, fixture("hostile/the-le-cuoc-thi.pdf.docx"));

        assertThat(problems(result)).containsExactly("0:file.isPdf");
        assertThat(result.problems().getFirst().args()).containsExactly("Word (.docx)");
    }

    @ParameterizedTest
    @EnumSource(value = QuestionFormat.class, names = {"XLSX", "DOCX"})
    void oldWordOrExcelFileOrPasswordProtectedOneIsNamedForWhatItIs(QuestionFormat format) {
        byte[] ole2 = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);

        assertThat(problems(parse(format, ole2))).containsExactly("0:file.isLegacyOffice");
    }

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void binaryGarbageIsRefusedAsNotThisFormat(QuestionFormat format) {
        byte[] garbage = new byte[64 * 1024];
        new Random(2021).nextBytes(garbage);

        ImportResult result = parse(format, garbage);

        boolean packageFormat = format == QuestionFormat.XLSX || format == QuestionFormat.DOCX
                || format == QuestionFormat.QTI21;
        assertThat(result.questions()).isEmpty();
        assertThat(problems(result)).containsExactly(packageFormat ? "0:file.notPackage" : "0:file.notText");
    }

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void emptyOrBlankFileIsReported(QuestionFormat format) {
        assertThat(problems(parse(format, new byte[0]))).containsExactly("0:file.empty");
        assertThat(problems(parse(format, "\uFEFF \r\n\t\n"))).containsExactly("0:file.empty");
    }

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void fileLargerThanTheLimitIsRefusedWithoutReadingItAll(QuestionFormat format) {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };

        ImportResult result = assertTimeoutPreemptively(QUICKLY,
                () -> new QuestionImporter().parse(format, endless, ImportLimits.defaults()));

        assertThat(problems(result)).containsExactly("0:file.tooLarge");
        assertThat(result.problems().getFirst().args()).containsExactly(20L);
    }

    @Test
    void uploadThatFailsWhileReadingIsReported() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThat(problems(new QuestionImporter().parse(QuestionFormat.GIFT, broken, ImportLimits.defaults())))
                .containsExactly("0:file.unreadable");
    }

    @Test
    void textInALegacyVietnameseEncodingIsReportedWithItsLine() {
        byte[] windows1258 = "Câu hỏi?\nA. Một\nB. Hai\nANSWER: A\n".getBytes(Charset.forName("windows-1258"));

        assertThat(problems(parse(QuestionFormat.AIKEN, windows1258))).containsExactly("1:file.notUtf8");
    }

    @Test
    void textTypedWithTheOldTcvn3FontIsReported() {
        // "Câu hỏi về cải cách hành chính" typed with .VnTime (TCVN3) and read as Unicode.
        String tcvn3 = "C©u hái vÒ c¶i c¸ch hµnh chÝnh nhµ n­íc giai ®o¹n 2021 – 2030?";
        String options = "\nA. NghÞ quyÕt sè 76\nB. NghÞ ®Þnh sè 61\nANSWER: A\n";

        ImportResult result = parse(QuestionFormat.AIKEN, tcvn3 + options);

        assertThat(problems(result)).containsExactly("0:file.legacyVietnameseFont");
    }

    // Sizes: questions, problems, and text that would take a naive parser quadratic time.

    @Test
    void fileWithMoreQuestionsThanAllowedIsRefusedOnceWithoutReadingTheRest() {
        String question = "Câu hỏi số %d?\nA. Một\nB. Hai\nANSWER: A\n\n";
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            file.append(question.formatted(i));
        }

        ImportResult result = parse(QuestionFormat.AIKEN, file.toString().getBytes(StandardCharsets.UTF_8),
                limits(20L << 20, 3, 1_000, 100L << 20, 1_000));

        assertThat(problems(result)).containsExactly("0:file.tooManyQuestions");
        assertThat(result.problems().getFirst().args()).containsExactly(3);
    }

    @Test
    void problemsBeyondTheLimitAreCountedNotListed() {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            file.append("Câu hỏi không có đáp án số ").append(i).append("?\nA. Một\nB. Hai\nANSWER: \n\n");
        }

        ImportResult result = parse(QuestionFormat.AIKEN, file.toString().getBytes(StandardCharsets.UTF_8),
                limits(20L << 20, 10_000, 1_000, 100L << 20, 5));

        assertThat(result.problems()).hasSize(6);
        assertThat(result.problems().getLast().code()).isEqualTo("file.tooManyProblems");
        assertThat(result.problems().getLast().args()).containsExactly(7);
    }

    @Test
    void htmlBuiltToStallARegularExpressionIsStrippedQuickly() {
        String stalling = "<!--".repeat(100_000) + "<a".repeat(100_000) + "&amp".repeat(50_000);
        String gift = "[html]" + stalling + " Câu hỏi? {=Một ~Hai}";

        ImportResult result = assertTimeoutPreemptively(QUICKLY, () -> parse(QuestionFormat.GIFT, gift));

        assertThat(result.problems()).isNotEmpty();
    }

    @Test
    void bidiOverridesAndControlCharactersAreDroppedAsTypedTextWouldRefuseThem() {
        ImportResult aiken = parse(QuestionFormat.AIKEN,
                "Câu hỏi \u202Eđảo\u202C chiều\u0007?\nA. Một\u2066\nB. Hai\u2069\nANSWER: A\n");
        ImportResult docx = parse(QuestionFormat.DOCX, Documents.docx("Câu 1: Câu hỏi \u202Eđảo\u202C chiều?",
                "A. Một\u2067*", "B. Hai"));
        for (ImportResult result : List.of(aiken, docx)) {
            assertThat(result.problems()).isEmpty();
            ImportedQuestion question = result.questions().getFirst();
            assertThat(question.text()).startsWith("Câu hỏi đảo chiều");
            assertThat(Imports.optionTexts(question)).containsExactly("Một", "Hai");
            assertClear(result);
        }
    }

    @ParameterizedTest
    @EnumSource(QuestionFormat.class)
    void corruptedValidFilesNeverThrow(QuestionFormat format) {
        byte[] valid = switch (format) {
            case XLSX -> SMALL_XLSX;
            case DOCX -> SMALL_DOCX;
            case AIKEN -> fixture("aiken/cchc-valid.txt");
            case GIFT -> fixture("gift/cchc-valid.gift");
            case MOODLE_XML -> fixture("moodle/cchc-quiz.xml");
            case QTI21 -> Zips.zip(Zips.folder("qti/package"));
        };
        Random random = new Random(format.ordinal());
        for (int round = 0; round < 25; round++) {
            byte[] damaged = valid.clone();
            for (int flips = 0; flips < 1 + random.nextInt(8); flips++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            byte[] cut = Arrays.copyOf(damaged, 1 + random.nextInt(damaged.length));

            for (byte[] input : new byte[][] {damaged, cut}) {
                assertThatCode(() -> {
                    assertClear(parse(format, input));
                }).as("%s round %d", format, round).doesNotThrowAnyException();
            }
        }
    }

    private static ImportLimits limits(long maxBytes, int maxQuestions, int maxZipEntries, long maxUncompressed,
                                       int maxProblems) {
        ImportLimits d = ImportLimits.defaults();
        return new ImportLimits(maxBytes, maxQuestions, d.maxTextLength(), maxZipEntries, maxUncompressed,
                d.maxCompressionRatio(), maxProblems);
    }

    private static void replaceAll(byte[] data, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, data, i, to.length);
            }
        }
    }

    /**
     * What a damaged file must produce: either questions that each pass the shared rules and no problem, or
     * problems that are all known codes with their arguments (so each has a Vietnamese message) and a line.
     */
    static void assertClear(ImportResult result) {
        java.util.Set<String> known = java.util.Arrays.stream(ProblemCode.values()).map(ProblemCode::key)
                .collect(java.util.stream.Collectors.toSet());
        if (result.ok()) {
            assertThat(result.questions()).as("a file without problems has questions (else file.noQuestions)").isNotEmpty();
        }
        for (ImportProblem problem : result.problems()) {
            assertThat(known).as(problem.toString()).contains(problem.code());
            assertThat(problem.line()).as(problem.toString()).isNotNegative();
        }
        for (ImportedQuestion question : result.questions()) {
            assertThat(question.text()).isNotBlank().hasSizeLessThanOrEqualTo(vn.cuocthi.platformcore.question.QuestionLimits.TEXT);
            // what reaches the bank passes the check typed text passes (no controls, no bidi overrides)
            assertThat(TypedText.refused(question.text(), TypedText.Kind.LONG)).as(question.text()).isFalse();
            question.options().forEach(option ->
                    assertThat(TypedText.refused(option.text(), TypedText.Kind.LONG)).as(option.text()).isFalse());
            assertThat(question.options()).hasSizeBetween(QuestionRules.MIN_OPTIONS, QuestionRules.MAX_OPTIONS)
                    .anyMatch(ImportedOption::correct);
            if (question.topic() != null) {
                assertThat(question.topic()).hasSizeLessThanOrEqualTo(vn.cuocthi.platformcore.question.QuestionLimits.TOPIC);
            }
        }
    }
}
