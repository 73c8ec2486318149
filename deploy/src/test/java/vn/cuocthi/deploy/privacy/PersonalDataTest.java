package vn.cuocthi.deploy.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cuocthi.deploy.exam.ExamFixture.contest;
import static vn.cuocthi.deploy.exam.ExamFixture.now;
import static vn.cuocthi.deploy.exam.ExamFixture.person;
import static vn.cuocthi.deploy.exam.ExamFixture.round;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import vn.cuocthi.deploy.exam.ExamFixture;
import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.deploy.support.TestClock;
import vn.cuocthi.platformcore.contest.Contest;
import vn.cuocthi.platformcore.contest.ContestStore;
import vn.cuocthi.platformcore.personal.ClearPersonalData;
import vn.cuocthi.platformcore.personal.LookupRotation;
import vn.cuocthi.platformcore.ranking.CountedAttempts;
import vn.cuocthi.platformcore.personal.ContestantRows;
import vn.cuocthi.platformcore.personal.SealedExclusions;
import vn.cuocthi.platformcore.personal.DataKeys;
import vn.cuocthi.platformcore.personal.JobLock;
import vn.cuocthi.platformcore.personal.PersonalData;
import vn.cuocthi.platformcore.personal.Reencryption;
import vn.cuocthi.platformcore.personal.Retention;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.quizruntime.account.ContestantStore;

/**
 * Contestants' personal data at rest (Decree 13/2023): a dump shows none of it, sign-in and uniqueness still work
 * through the keyed hashes, keys rotate, the retention job and an erasure on request leave results but no person.
 * Two provinces (a third and a fourth for the rotation and the migration, whose keys and columns are their own).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTest {

    private static final String EMAIL = "an.nguyen.privacy@example.vn";
    private static final String ADDRESS = "Số 12 đường Hoàng Diệu";
    private static final String BIRTH = "1990-05-31";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantRegistry registry;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JobLock jobLock;
    @Autowired
    Retention retention;
    @Autowired
    ClearPersonalData clearPersonalData;
    @Autowired
    ContestantStore contestants;
    @Autowired
    JsonMapper json;
    @Autowired
    ContestantRows rows;
    @Autowired
    ContestStore contestStore;
    @Autowired
    CountedAttempts countedAttempts;
    @Autowired
    PersonalData personal;
    @Autowired
    org.springframework.core.env.Environment environment;

    String province;
    String other;
    String contest;
    String otherContest;

    @BeforeAll
    void provinces() {
        province = Provinces.onboard(port, "riengtu", "Tỉnh Riêng Tư");
        other = Provinces.onboard(port, "riengtukhac", "Tỉnh Riêng Tư Khác");
        contest = openContest(province, "Cuộc thi dữ liệu cá nhân");
        otherContest = openContest(other, "Cuộc thi tỉnh bên");
    }

    private String openContest(String slug, String name) {
        Http staff = Http.province(port, slug).asAdmin();
        ExamFixture.units(staff);
        ExamFixture.questions(staff, 6, name);
        Map<String, Object> definition = new HashMap<>(contest(name,
                List.of(round("Tuần 1", now().minusHours(1), now().plusDays(7))), Map.of()));
        definition.put("registrationFields", Map.of("fields", List.of(field("FULL_NAME", true), field("CCCD", false),
                field("PHONE", true), field("EMAIL", false), field("BIRTH_DATE", false), field("ADDRESS", false),
                field("UNIT", false)), "exclusions", List.of()));
        return ExamFixture.publish(staff, definition);
    }

    private static Map<String, Object> field(String name, boolean required) {
        return Map.of("name", name, "shown", true, "required", required);
    }

    @Test
    void aDumpOfEitherProvinceRevealsNoPersonalValueInClearAndNeitherDoesRedis() {
        ExamFixture.Person person = person("Nguyễn Văn An");
        UUID here = register(province, contest, person, EMAIL);
        UUID there = register(other, otherContest, person, EMAIL); // the same person in another province
        for (String login : List.of(person.phone(), person.cccd())) {
            assertThat(site(province).post("/api/v1/auth/login", Map.of("login", login, "password", "sai-mat-khau"))
                    .status()).isEqualTo(401); // failed sign-ins leave counters in Redis
        }

        List<String> needles = List.of(person.cccd(), person.phone(), EMAIL, BIRTH, "31/05/1990", "Hoàng Diệu");
        // every row of every table of every schema, as a dump would hold it
        List<String> schemas = jdbc.sql("""
                select schema_name from information_schema.schemata
                where schema_name = 'platform' or schema_name like 'tenant\\_%'""").query(String.class).list();
        List<String> found = new ArrayList<>();
        for (String schema : schemas) {
            for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = ?"
                    + " and table_type = 'BASE TABLE'").param(schema).query(String.class).list()) {
                for (String needle : needles) {
                    long rows = jdbc.sql("select count(*) from \"" + schema + "\".\"" + table + "\" t where t::text like ?")
                            .param("%" + needle + "%").query(Long.class).single();
                    if (rows > 0) {
                        found.add(schema + "." + table + " holds " + needle);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(schemas).contains("tenant_" + province, "tenant_" + other);
        // and the table has no clear column left that a later write could fill
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = ? and table_name = 'contestant'")
                .param("tenant_" + province).query(String.class).list())
                .doesNotContain("cccd", "phone", "email", "birth_date", "address", "registered_from")
                .contains("cccd_sealed", "cccd_lookup", "phone_lookup", "email_lookup", "data_key", "registered_from_sealed");
        assertThat(in(province, () -> jdbc.sql("select registered_from_sealed from contestant where id = ?").param(here)
                .query(byte[].class).single())).as("the address registered from, sealed").isNotNull();

        List<String> keys = new ArrayList<>(redis.keys("cuocthi:*"));
        assertThat(keys).isNotEmpty().noneMatch(key -> key.contains(person.cccd()) || key.contains(person.phone()));

        // the application still reads it all back
        ContestantStore.Contestant stored = in(province, () -> contestants.find(here)).orElseThrow();
        assertThat(stored.cccd()).isEqualTo(person.cccd());
        assertThat(stored.phone()).isEqualTo(person.phone());
        assertThat(stored.birthDate()).isEqualTo(LocalDate.parse(BIRTH));
        assertThat(in(other, () -> contestants.find(there)).orElseThrow().cccd()).isEqualTo(person.cccd());
    }

    @Test
    void signInByPhoneOrCccdStillWorksAndADuplicateIsStillRefused() {
        ExamFixture.Person person = person("Trần Thị Bình");
        UUID here = register(province, contest, person, null);
        UUID there = register(other, otherContest, person, null);
        Http.Reply byPhone = site(province).post("/api/v1/auth/login",
                Map.of("login", "+84 " + person.phone().substring(1), "password", "mat-khau-" + person.cccd()));
        assertThat(byPhone.status()).as(byPhone.toString()).isEqualTo(200);
        assertThat(byPhone.json().get("contestantId").asString()).isEqualTo(here.toString());
        String spacedCccd = person.cccd().substring(0, 4) + " " + person.cccd().substring(4);
        Http.Reply byCccd = site(other).post("/api/v1/auth/login",
                Map.of("login", spacedCccd, "password", "mat-khau-" + person.cccd()));
        assertThat(byCccd.status()).as(byCccd.toString()).isEqualTo(200);
        assertThat(byCccd.json().get("contestantId").asString()).isEqualTo(there.toString());

        Map<String, Object> again = ExamFixture.registration(person, null);
        again.put("botCheck", ExamFixture.solve(site(province)));
        Http.Reply duplicate = site(province).post("/api/v1/contests/" + contest + "/registrations", again);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("code").asString()).isEqualTo("registration.duplicate");
        assertThat(duplicate.json().get("detail").asString()).contains("CCCD hoặc số điện thoại").contains("lấy lại mật khẩu");
        assertThat(in(province, () -> jdbc.sql("select count(*) from contestant where full_name = ?")
                .param(person.fullName()).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void keysRotateNewWritesUseTheCurrentKeyOldOnesStillOpenAndTheReencryptionMovesThem() {
        String rotating = Provinces.onboard(port, "xoaykhoa", "Tỉnh Xoay Khoá");
        String draft = Http.province(port, rotating).asAdmin().post("/api/v1/admin/contests", Map.of("name", "Nháp"))
                .json().get("id").asString();
        byte[] one = random();
        byte[] two = random();
        String lookup = java.util.Base64.getEncoder().encodeToString(random());
        PersonalData keyOne = keys(Map.of(1, one), lookup);
        PersonalData twoThenOne = keys(orderedKeys(2, two, 1, one), lookup);
        PersonalData twoOnly = keys(Map.of(2, two), lookup);
        ExamFixture.Person first = person("Lê Văn Cường");
        ExamFixture.Person second = person("Phạm Thị Dung");

        in(rotating, () -> {
            UUID written1 = store(keyOne).insert(UUID.fromString(draft), newContestant(first), "x", "v1", Instant.now(), "test");
            UUID written2 = store(twoThenOne).insert(UUID.fromString(draft), newContestant(second), "x", "v1", Instant.now(), "test");
            assertThat(dataKey(written1)).isEqualTo(1);
            assertThat(dataKey(written2)).isEqualTo(2);
            assertThat(store(twoThenOne).find(written1).orElseThrow().cccd()).isEqualTo(first.cccd());
            assertThat(store(twoThenOne).find(written2).orElseThrow().cccd()).isEqualTo(second.cccd());
            assertThatThrownBy(() -> store(twoOnly).find(written1)).hasMessageContaining("key 1");

            Reencryption reencryption = new Reencryption(jdbc, twoThenOne, transactions, jobLock, exclusions(twoThenOne));
            assertThat(reencryption.runHere()).isEqualTo(1);
            assertThat(reencryption.runHere()).as("idempotent").isZero();
            assertThat(dataKey(written1)).isEqualTo(2);

            // key 1 dropped: everything still opens and is still found by its hash
            assertThat(store(twoOnly).find(written1).orElseThrow().phone()).isEqualTo(first.phone());
            assertThat(store(twoOnly).byLogin(first.cccd(), null, null)).extracting(ContestantStore.Contestant::id)
                    .containsExactly(written1);
            assertThat(store(twoOnly).byLogin(null, second.phone(), UUID.fromString(draft)))
                    .extracting(ContestantStore.Contestant::id).containsExactly(written2);
            return null;
        });
    }

    @Test
    void rowsStillInClearAreSealedAtStartUpAndTheClearColumnsDropped() {
        ExamFixture.Person old = person("Hoàng Văn Em");
        UUID id = UUID.randomUUID();
        in(other, () -> {
            // the schema as tenant-0.6 leaves one that held contestants before: clear columns, the check not validated
            jdbc.sql("alter table contestant drop constraint contestant_login").update();
            jdbc.sql("alter table contestant add column cccd char(12), add column phone varchar(10),"
                    + " add column email varchar(200), add column birth_date date, add column address varchar(300)").update();
            jdbc.sql("""
                    insert into contestant (id, contest_id, full_name, cccd, phone, email, birth_date, address, group_code,
                        password_hash, consent_at, consent_version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'CD', 'x', now(), 'ND13-2023/v1')""")
                    .params(id, UUID.fromString(otherContest), old.fullName(), old.cccd(), old.phone(), EMAIL,
                            java.sql.Date.valueOf(BIRTH), ADDRESS).update();
            jdbc.sql("alter table contestant add constraint contestant_login check (cccd_lookup is not null"
                    + " or phone_lookup is not null or erased_at is not null) not valid").update();
            clearPersonalData.seal();
            clearPersonalData.seal(); // nothing left to do
            assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = current_schema()"
                    + " and table_name = 'contestant' and column_name in ('cccd', 'phone', 'email', 'birth_date', 'address')")
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select convalidated from pg_constraint where conname = 'contestant_login'"
                    + " and connamespace = current_schema()::regnamespace").query(Boolean.class).single()).isTrue();
            assertThat(contestants.byLogin(null, old.phone(), null)).extracting(ContestantStore.Contestant::cccd)
                    .containsExactly(old.cccd());
            assertThat(jdbc.sql("select count(*) from contestant c where id = ? and c::text like ?")
                    .params(id, "%" + old.cccd() + "%").query(Long.class).single()).isZero();
            return null;
        });
    }

    @Test
    void afterTheContestsRetentionTheJobErasesItsContestantsOnceAndKeepsTheirResults() {
        Http admin = Http.province(port, province).asAdmin();
        String shortLived = openContest(province, "Cuộc thi lưu ngắn");
        Http.Reply refused = admin.put("/api/v1/admin/contests/" + shortLived + "/retention", Map.of("months", 0));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("months");
        Http.Reply set = admin.put("/api/v1/admin/contests/" + shortLived + "/retention", Map.of("months", 1));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("months").asInt()).isEqualTo(1);

        ExamFixture.Person leaving = person("Đặng Văn Phúc");
        UUID gone = register(province, shortLived, leaving, EMAIL);
        String token = site(province).post("/api/v1/auth/login", Map.of("login", leaving.phone(), "password",
                "mat-khau-" + leaving.cccd(), "contestId", shortLived)).json().get("token").asString();
        assertThat(site(province).bearer(token).post("/api/v1/contests/" + shortLived + "/attempts", null).status())
                .isEqualTo(201);
        ExamFixture.Person staying = person("Võ Thị Giang");
        UUID kept = register(province, contest, staying, null); // a contest kept 12 months
        UUID elsewhere = register(other, otherContest, leaving, null);

        assertThat(in(province, () -> retention.runHere())).as("nothing is due yet").isZero();
        try {
            TestClock.INSTANCE.advance(Duration.ofDays(40));
            assertThat(in(province, () -> retention.runHere())).isEqualTo(1);
            assertThat(in(province, () -> retention.runHere())).as("idempotent").isZero();
        } finally {
            TestClock.INSTANCE.reset();
        }
        Map<String, Object> erased = in(province, () -> jdbc.sql("select * from contestant where id = ?").param(gone)
                .query().singleRow());
        assertThat(erased.get("full_name")).isEqualTo("Đặng V. P.");
        assertThat(erased.get("erased_at")).isNotNull();
        for (String column : List.of("cccd_sealed", "phone_sealed", "email_sealed", "birth_date_sealed", "cccd_lookup", "phone_lookup")) {
            assertThat(erased.get(column)).as(column).isNull();
        }
        assertThat(in(province, () -> jdbc.sql("select count(*) from attempt where contestant_id = ?").param(gone)
                .query(Long.class).single())).as("the results stay").isEqualTo(1);
        assertThat(in(province, () -> jdbc.sql("select actor from contest_audit where contest_id = ? and action = 'PERSONAL_DATA_ERASED'")
                .param(UUID.fromString(shortLived)).query(String.class).list())).containsExactly("system:retention");
        assertThat(site(province).post("/api/v1/auth/login", Map.of("login", leaving.phone(), "password",
                "mat-khau-" + leaving.cccd())).status()).isEqualTo(401);
        assertThat(in(province, () -> contestants.find(kept)).orElseThrow().cccd()).isEqualTo(staying.cccd());
        assertThat(in(other, () -> contestants.find(elsewhere)).orElseThrow().cccd()).isEqualTo(leaving.cccd());
    }

    @Test
    void aLeaseLetsOneNodeRunAProvincesJobAtATime() {
        in(province, () -> {
            boolean[] inner = new boolean[1];
            assertThat(jobLock.runExclusively("test-job", () -> inner[0] = jobLock.runExclusively("test-job", () -> { }))).isTrue();
            assertThat(inner[0]).as("taken while the first holds it").isFalse();
            assertThat(jobLock.runExclusively("test-job", () -> { })).as("released afterwards").isTrue();
            return null;
        });
    }

    @Test
    void anAdminExportsAndErasesOnePersonsDataWithTheReasonAudited() {
        ExamFixture.Person person = person("Bùi Thị Hoa");
        UUID id = register(province, contest, person, EMAIL);
        String path = "/api/v1/admin/contests/" + contest + "/contestants/" + id + "/personal-data";
        Http admin = Http.province(port, province).asAdmin();
        Http.Reply exported = admin.get(path);
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.json().get("cccd").asString()).isEqualTo(person.cccd());
        assertThat(exported.json().get("email").asString()).isEqualTo(EMAIL);
        assertThat(exported.json().get("birth_date").asString()).isEqualTo(BIRTH);
        assertThat(Http.province(port, province).asStaff("editor").get(path).status()).isEqualTo(403);
        assertThat(Http.province(port, other).asAdmin().get(path).status()).as("another province's host").isEqualTo(404);

        Http.Reply noReason = admin.post(path + "/erase", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("lý do");
        assertThat(admin.get(path).json().get("cccd").asString()).as("nothing changed").isEqualTo(person.cccd());
        assertThat(admin.post("/api/v1/admin/contests/" + contest + "/contestants/" + UUID.randomUUID()
                + "/personal-data/erase", Map.of("reason", "Theo yêu cầu")).status()).isEqualTo(404);

        Http signedIn = site(province).bearer(site(province).post("/api/v1/auth/login", Map.of("login", person.cccd(),
                "password", "mat-khau-" + person.cccd())).json().get("token").asString());
        assertThat(signedIn.get("/api/v1/contests/" + contest + "/attempts").status()).isEqualTo(200);
        Http.Reply erased = admin.post(path + "/erase", Map.of("reason", "Theo đơn đề nghị ngày 01/12"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(signedIn.get("/api/v1/contests/" + contest + "/attempts").status())
                .as("a token issued before the erasure is void").isEqualTo(401);
        Http.Reply after = admin.get(path);
        assertThat(after.json().get("cccd").isNull()).isTrue();
        assertThat(after.json().get("email").isNull()).isTrue();
        assertThat(after.json().get("fullName").asString()).isEqualTo("Bùi T. H.");
        assertThat(after.json().get("erasedAt").asString()).isNotBlank();
        assertThat(in(province, () -> jdbc.sql("select after::text from contest_audit where contest_id = ?"
                        + " and action = 'PERSONAL_DATA_ERASED' and after->>'contestantId' = ?")
                .params(UUID.fromString(contest), id.toString()).query(String.class).single()))
                .contains("Theo đơn đề nghị ngày 01/12");
        assertThat(site(province).post("/api/v1/auth/login", Map.of("login", person.cccd(), "password",
                "mat-khau-" + person.cccd())).status()).isEqualTo(401);
    }

    @Test
    void anExclusionListIsStoredSealedStillShowsToStaffAndStillLeavesTheOrganiserOut() {
        Http admin = Http.province(port, province).asAdmin();
        ExamFixture.units(admin);
        ExamFixture.questions(admin, 6, "Loại trừ");
        // ExamFixture's contest excludes CCCD 001090000001 and phone 0900000001
        String excluding = ExamFixture.publish(admin, contest("Cuộc thi có danh sách loại trừ",
                List.of(round("Tuần 1", now().minusHours(1), now().plusDays(7))), Map.of()));
        UUID id = UUID.fromString(excluding);
        assertThat(in(province, () -> jdbc.sql("select definition::text from contest where id = ?").param(id)
                .query(String.class).single())).doesNotContain("001090000001").doesNotContain("0900000001")
                .contains("cccdSealed", "cccdLookup", "phoneSealed", "phoneLookup");
        assertThat(in(province, () -> jdbc.sql("select count(*) from contest_audit a where a::text like ? or a::text like ?")
                .params("%001090000001%", "%0900000001%").query(Long.class).single())).as("audit entries mask them").isZero();
        Http.Reply shown = admin.get("/api/v1/admin/contests/" + excluding);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.body()).contains("001090000001").contains("0900000001");

        Map<String, Object> organiser = ExamFixture.registration(new ExamFixture.Person("Thành viên Ban Tổ chức",
                "001090000001", "0912000111"), null);
        organiser.put("botCheck", ExamFixture.solve(site(province)));
        Http.Reply refused = site(province).post("/api/v1/contests/" + excluding + "/registrations", organiser);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("registration.excluded");

        // an organiser registered by the phone (before being listed, say) and sat the exam: left out of the ranking
        in(province, () -> {
            UUID sat = rows.insert(new ContestantRows.NewRow(id, "Người ra đề", null, "0900000001", null, null, null,
                    null, null, null, "CD", "x", "v1", Instant.now(), null, "test"));
            UUID counted = rows.insert(new ContestantRows.NewRow(id, "Người dự thi", null, "0912000222", null, null, null,
                    null, null, null, "CD", "x", "v1", Instant.now(), null, "test"));
            for (UUID who : List.of(sat, counted)) {
                jdbc.sql("""
                        insert into attempt (id, contest_id, contestant_id, round_index, number, status, started_at, deadline,
                            closes_at, writer, max_score, submitted_at, graded_at, score, correct_count, duration_ms)
                        values (?, ?, ?, 0, 1, 'SUBMITTED', now(), now(), now(), 'test', 10, now(), now(), 10, 10, 60000)""")
                        .params(UUID.randomUUID(), id, who).update();
            }
            Contest stored = contestStore.find(id).orElseThrow();
            assertThat(countedAttempts.of(stored, null, null, null)).extracting(vn.cuocthi.platformcore.ranking.RankedAttempt::contestantId)
                    .containsExactly(counted);
            return null;
        });
    }

    @Test
    void clearExclusionsRegisteredFromAndSessionContactsFromBeforeAreSealedAtStartUp() {
        String legacy = openContest(other, "Cuộc thi trước 0.7");
        UUID id = UUID.fromString(legacy);
        UUID person = register(other, legacy, person("Lý Văn Sang"), null);
        in(other, () -> {
            String clear = "[{\"cccd\": \"001090000777\", \"note\": \"BTC\"}, {\"phone\": \"0900000777\", \"note\": null}]";
            jdbc.sql("update contest set definition = jsonb_set(definition, '{registrationFields,exclusions}', cast(? as jsonb))"
                    + " where id = ?").params(clear, id).update();
            jdbc.sql("insert into contest_audit (contest_id, action, actor, after) values (?, 'UPDATED', 'test',"
                    + " (select definition from contest where id = ?))").params(id, id).update();
            jdbc.sql("alter table contestant add column registered_from varchar(100)").update();
            jdbc.sql("update contestant set registered_from = '203.113.77.5' where id = ?").param(person).update();
            clearPersonalData.seal();
            clearPersonalData.seal(); // nothing left to do
            for (String table : List.of("contest", "contest_audit", "contestant")) {
                assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like ? or t::text like ? or t::text like ?")
                        .params("%001090000777%", "%0900000777%", "%203.113.77.5%").query(Long.class).single())
                        .as(table).isZero();
            }
            assertThat(contestStore.find(id).orElseThrow().definition().registrationFields().excludedPhones())
                    .containsExactly("0900000777");
            byte[] from = jdbc.sql("select registered_from_sealed from contestant where id = ?").param(person)
                    .query(byte[].class).single();
            assertThat(personal.open("registered_from", person, from)).isEqualTo("203.113.77.5");
            assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = current_schema()"
                    + " and column_name in ('registered_from', 'contact_name', 'contact_phone')").query(Long.class).single()).isZero();
            return null;
        });
    }

    @Test
    void theLookupKeyRotatesSignInAndUniquenessHoldDuringItAndNoOldHashRemainsAfter() {
        // a province of its own: its hashes move to a look-up key the application does not have
        String rotating = Provinces.onboard(port, "xoaytra", "Tỉnh Xoay Tra");
        Http admin = Http.province(port, rotating).asAdmin();
        ExamFixture.units(admin);
        ExamFixture.questions(admin, 6, "Xoay tra");
        UUID contestId = UUID.fromString(ExamFixture.publish(admin, contest("Cuộc thi xoay khoá tra",
                List.of(round("Tuần 1", now().minusHours(1), now().plusDays(7))), Map.of())));
        String sealing = environment.getRequiredProperty("cuocthi.data-keys");
        String oldKey = environment.getRequiredProperty("cuocthi.data-lookup-key");
        String newKey = java.util.Base64.getEncoder().encodeToString(random());
        PersonalData before = personal;
        PersonalData during = new PersonalData(DataKeys.parse(sealing, newKey, oldKey));
        PersonalData after = new PersonalData(DataKeys.parse(sealing, newKey));
        ExamFixture.Person first = person("Trịnh Văn Tâm");
        UUID old = register(rotating, contestId.toString(), first, EMAIL);
        in(rotating, () -> {
            assertThat(store(during).byLogin(first.cccd(), null, contestId)).extracting(ContestantStore.Contestant::id)
                    .as("found under the previous key").containsExactly(old);
            assertThat(store(during).byLogin(null, first.phone(), contestId)).extracting(ContestantStore.Contestant::id).containsExactly(old);
            assertThatThrownBy(() -> store(during).insert(contestId, newContestant(first), "x", "v1", Instant.now(), "test"))
                    .as("a duplicate is still refused").isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

            LookupRotation rotation = new LookupRotation(jdbc, during, transactions, jobLock, exclusions(during));
            assertThat(rotation.runHere()).as("the contestant and the contest's exclusion list").isEqualTo(2);
            assertThat(rotation.runHere()).as("idempotent").isZero();
            for (byte[] stale : List.of(before.lookup(PersonalData.LookupKind.CCCD, first.cccd()),
                    before.lookup(PersonalData.LookupKind.PHONE, first.phone()),
                    before.lookup(PersonalData.LookupKind.EMAIL, EMAIL))) {
                assertThat(jdbc.sql("select count(*) from contestant where ? in (cccd_lookup, phone_lookup, email_lookup)")
                        .param(stale).query(Long.class).single()).isZero();
            }
            String definition = jdbc.sql("select definition::text from contest where id = ?").param(contestId)
                    .query(String.class).single();
            assertThat(definition).contains(after.lookupHex(PersonalData.LookupKind.PHONE, "0900000001"))
                    .doesNotContain(before.lookupHex(PersonalData.LookupKind.PHONE, "0900000001"));
            // the previous key gone: still found, still unique
            assertThat(store(after).byLogin(first.cccd(), null, contestId)).extracting(ContestantStore.Contestant::id).containsExactly(old);
            assertThatThrownBy(() -> store(after).insert(contestId, newContestant(first), "x", "v1", Instant.now(), "test"))
                    .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
            return null;
        });
    }

    private UUID register(String slug, String contestId, ExamFixture.Person person, String email) {
        Map<String, Object> body = ExamFixture.registration(person, null);
        body.put("birthDate", BIRTH);
        body.put("address", ADDRESS);
        if (email != null) {
            body.put("email", email);
        }
        body.put("botCheck", ExamFixture.solve(site(slug)));
        Http.Reply reply = site(slug).post("/api/v1/contests/" + contestId + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return UUID.fromString(reply.json().get("contestantId").asString());
    }

    private Http site(String slug) {
        return Http.province(port, slug);
    }

    private <T> T in(String slug, Supplier<T> work) {
        return TenantContext.call(registry.find(slug).orElseThrow(), work);
    }

    private ContestantStore store(PersonalData keys) {
        return new ContestantStore(jdbc, keys, new ContestantRows(jdbc, keys));
    }

    private SealedExclusions exclusions(PersonalData keys) {
        return new SealedExclusions(jdbc, keys, json, transactions);
    }

    private int dataKey(UUID id) {
        return jdbc.sql("select data_key from contestant where id = ?").param(id).query(Integer.class).single();
    }

    private static ContestantStore.NewContestant newContestant(ExamFixture.Person person) {
        return new ContestantStore.NewContestant(person.fullName(), person.cccd(), person.phone(), EMAIL,
                LocalDate.parse(BIRTH), null, ADDRESS, null, null, "CD");
    }

    private static PersonalData keys(Map<Integer, byte[]> sealing, String lookup) {
        return new PersonalData(DataKeys.parse(DataKeys.format(sealing), lookup));
    }

    private static Map<Integer, byte[]> orderedKeys(int firstId, byte[] first, int secondId, byte[] second) {
        Map<Integer, byte[]> keys = new LinkedHashMap<>();
        keys.put(firstId, first);
        keys.put(secondId, second);
        return keys;
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }
}
