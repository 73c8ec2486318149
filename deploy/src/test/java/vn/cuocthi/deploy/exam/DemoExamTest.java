package vn.cuocthi.deploy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import vn.cuocthi.deploy.support.Http;
import vn.cuocthi.deploy.support.IntegrationTest;
import vn.cuocthi.deploy.support.Provinces;
import vn.cuocthi.platformcore.tenancy.TenantContext;
import vn.cuocthi.platformcore.tenancy.TenantRegistry;
import vn.cuocthi.tenantadmin.demo.DemoContent;

/** The run command's contest open now can be sat end to end with each demo province's own registration form. */
@IntegrationTest
class DemoExamTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoContent demo;

    @Autowired
    TenantRegistry registry;

    @ParameterizedTest
    @ValueSource(strings = {"caobang", "quangbinh"})
    void theOpenDemoContestCanBeSatFromRegistrationToResult(String seed) {
        String slug = Provinces.onboard(port, "thu", "Tỉnh Thử " + seed);
        TenantContext.run(registry.find(slug).orElseThrow(), () -> demo.fill(seed));
        Http site = Http.province(port, slug);
        JsonNode open = null;
        for (JsonNode contest : site.get("/api/v1/contests").json()) {
            if ("OPEN".equals(contest.get("state").asString())) {
                open = site.get("/api/v1/contests/" + contest.get("id").asString()).json();
            }
        }
        assertThat(open).as("a contest open now").isNotNull();
        String contestId = open.get("id").asString();

        ExamFixture.Person person = ExamFixture.person("Nguyễn Thị Thử");
        Map<String, Object> body = new HashMap<>();
        for (JsonNode field : open.get("registrationFields")) {
            switch (field.get("name").asString()) {
                case "FULL_NAME" -> body.put("fullName", person.fullName());
                case "CCCD" -> body.put("cccd", person.cccd());
                case "PHONE" -> body.put("phone", person.phone());
                case "EMAIL" -> body.put("email", "thu@example.vn");
                case "BIRTH_DATE" -> body.put("birthDate", "15/08/1985");
                case "GENDER" -> body.put("gender", "FEMALE");
                case "ADDRESS" -> body.put("address", "Số 1, phường Trung tâm");
                case "UNIT" -> body.put("unitCode", open.at("/units/0/code").asString());
                case "GROUP" -> body.put("group", open.at("/groups/0/code").asString());
                case "RESIDENCE" -> body.put("residenceCode", site.get("/api/v1/contests/" + open.get("id").asString()
                        + "/localities").json().path(0).path("code").asString(null));
                default -> throw new IllegalStateException(field.toString());
            }
        }
        body.put("password", "mat-khau-thu-1");
        body.put("consent", true);
        body.put("botCheck", ExamFixture.solve(site));
        Http.Reply registered = site.post("/api/v1/contests/" + contestId + "/registrations", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        Http me = site.bearer(registered.json().get("token").asString());
        Http.Reply started = me.post("/api/v1/contests/" + contestId + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonNode attempt = started.json();
        assertThat(attempt.get("questions").size()).isEqualTo(10);
        for (JsonNode question : attempt.get("questions")) {
            assertThat(me.put("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/answers/" + question.get("id").asString(),
                    Map.of("optionIds", java.util.List.of(question.at("/options/0/id").asString()))).status()).isEqualTo(200);
        }
        Map<String, Object> submission = new HashMap<>();
        submission.put("prediction", 1000);
        Http.Reply result = me.post("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/submit", submission);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.json().get("maxScore").asInt()).isEqualTo(10);
        assertThat(result.json().get("reviewAvailable").asBoolean()).as("the trial shows answers after submission").isTrue();
        assertThat(me.get("/api/v1/attempts/" + attempt.get("attemptId").asString() + "/review").status()).isEqualTo(200);
    }
}
