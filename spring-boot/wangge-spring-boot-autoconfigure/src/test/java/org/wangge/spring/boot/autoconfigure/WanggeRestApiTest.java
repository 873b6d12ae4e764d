package org.wangge.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API on a running server (H2): a check, a constraint, a whole case from collect to close with its audit
 * trail masked, merge and supervise, and every kind of error as application/problem+json with the kernel's fields,
 * including the size limit; the OpenAPI document's problem responses. No one signs in: the steps are taken as the system
 * actor each request names ({@code wangge.web.trust-request-actor=true}), and the audit trail says so.
 */
@SpringBootTest(classes = WanggeRestApiTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:wangge-rest;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "wangge.web.enabled=true", "wangge.web.max-request-size=64KB", "wangge.process.async-executor=false",
        "wangge.web.trust-request-actor=true",
        "wangge.process.organisations=classpath:our-city.yaml"})
class WanggeRestApiTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void a_check_reports_the_findings() throws Exception {
        HttpResponse<String> r = send("POST", "/check", "application/yaml", Files.readString(Path.of("src/test/resources/our-city.yaml")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("summary").asString()).isEqualTo("0 VIOLATION, 1 WARNING, 0 NOTICE");
        assertThat(body.get("findings").get(0).get("constraintId").asString()).isEqualTo("ZG-08-01");
        assertThat(body.get("findings").get(0).get("evidence").get("households").asString()).isEqualTo("260");
    }

    @Test
    void a_constraint_is_explained_and_an_unknown_one_is_a_problem() throws Exception {
        HttpResponse<String> r = send("GET", "/constraints/ZG-08-01", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("citation").asString()).contains("8");
        HttpResponse<String> unknown = send("GET", "/constraints/ZG-99-99", null, null);
        assertProblem(unknown, 404);
        assertThat(JSON.readTree(unknown.body()).get("constraint").asString()).isEqualTo("ZG-99-99");
    }

    @Test
    void a_case_goes_from_collect_to_close_and_its_audit_trail_is_masked() throws Exception {
        String id = "REST-" + UUID.randomUUID();
        HttpResponse<String> collected = send("POST", "/cases", "application/json", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1","actor":"W-1",
                 "summary":"neighbours' dispute over noise","report":true}""".formatted(id));
        assertThat(collected.statusCode()).as(collected.body()).isEqualTo(201);
        assertThat(JSON.readTree(collected.body()).get("openSteps").get(0).asString()).isEqualTo("ACCEPT");
        step(id, "accept", "{\"actor\":\"OP-1\"}");
        step(id, "assign", "{\"actor\":\"OP-1\",\"departmentId\":\"ORG-ZLJ-PSB\"}");
        step(id, "feed-back", "{\"actor\":\"ORG-ZLJ-PSB\",\"result\":\"mediated; the neighbour, 13812345678, agreed\"}");
        step(id, "verify", "{\"actor\":\"OP-1\",\"outcome\":\"RESOLVED\"}");
        JsonNode closed = JSON.readTree(step(id, "close", "{\"actor\":\"OP-1\"}"));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");

        HttpResponse<String> trail = send("GET", "/cases/" + id + "/audit-trail", null, null);
        List<String> actions = JSON.readTree(trail.body()).valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
        assertThat(trail.body()).doesNotContain("13812345678").contains("138");
        assertThat(JSON.readTree(trail.body()).valueStream().filter(e -> e.get("action").asString().equals("ACCEPTED")).findFirst().orElseThrow()
                .get("detail").asString()).isEqualTo("accepted by the platform (system actor, no role check)");

        HttpResponse<String> overdue = send("GET", "/cases/overdue?grid=G-COMM-1", null, null);
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).doesNotContain(id);
    }

    @Test
    void a_case_is_merged_into_another_and_a_handled_case_is_supervised() throws Exception {
        String first = collect();
        String second = collect();
        HttpResponse<String> intoItself = send("POST", "/cases/" + second + "/merge", "application/json",
                "{\"actor\":\"OP-1\",\"intoCaseId\":\"" + second + "\",\"reason\":\"same\"}");
        assertProblem(intoItself, 422);
        assertThat(JSON.readTree(intoItself.body()).get("step").asString()).isEqualTo("merge");
        assertProblem(send("POST", "/cases/" + second + "/merge", "application/json",
                "{\"actor\":\"OP-1\",\"intoCaseId\":\"NO-SUCH-CASE\",\"reason\":\"same\"}"), 404);
        JsonNode merged = JSON.readTree(step(second, "merge", "{\"actor\":\"OP-1\",\"intoCaseId\":\"" + first + "\",\"reason\":\"the same noise\"}"));
        assertThat(merged.get("status").asString()).isEqualTo("MERGED");

        assertProblem(send("POST", "/cases/" + first + "/supervise", "application/json",
                "{\"actor\":\"ORG-ZLJ-AGENCY\",\"reason\":\"slow\"}"), 409); // no department handles it yet
        step(first, "accept", "{\"actor\":\"OP-1\"}");
        step(first, "assign", "{\"actor\":\"OP-1\",\"departmentId\":\"ORG-ZLJ-PSB\"}");
        JsonNode supervised = JSON.readTree(step(first, "supervise", "{\"actor\":\"ORG-ZLJ-AGENCY\",\"reason\":\"residents called again\"}"));
        assertThat(supervised.get("supervisions").asInt()).isEqualTo(1);
        assertThat(supervised.get("openSteps").get(0).asString()).isEqualTo("HANDLE");
    }

    private String collect() throws IOException, InterruptedException {
        String id = "REST-" + UUID.randomUUID();
        HttpResponse<String> r = send("POST", "/cases", "application/json", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1","actor":"W-1","report":true}""".formatted(id));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return id;
    }

    @Test
    void a_step_that_is_not_open_is_a_problem_with_constraint_case_and_step() throws Exception {
        String id = "REST-" + UUID.randomUUID();
        send("POST", "/cases", "application/json", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1","actor":"W-1","report":true}""".formatted(id));
        HttpResponse<String> r = send("POST", "/cases/" + id + "/verify", "application/json", "{\"actor\":\"OP-1\",\"outcome\":\"RESOLVED\"}");
        assertProblem(r, 409);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("case").asString()).isEqualTo(id);
        assertThat(p.get("step").asString()).isEqualTo("verify");
        assertThat(p.get("constraint").asString()).isNotBlank();
        assertThat(p.get("instance").asString()).isEqualTo("/api/wangge/cases/" + id + "/verify");

        HttpResponse<String> refused = send("POST", "/cases/" + id + "/report", "application/json", "{\"actor\":\"W-2\"}");
        assertThat(refused.statusCode()).as(refused.body()).isIn(409, 422);
        assertProblem(refused, refused.statusCode());
    }

    @Test
    void an_unknown_case_a_missing_actor_and_a_bad_body_are_problems() throws Exception {
        HttpResponse<String> unknown = send("GET", "/cases/NO-SUCH-CASE", null, null);
        assertProblem(unknown, 404);
        assertThat(JSON.readTree(unknown.body()).get("case").asString()).isEqualTo("NO-SUCH-CASE");

        HttpResponse<String> noActor = send("POST", "/cases/NO-SUCH-CASE/accept", "application/json", "{}");
        assertProblem(noActor, 400);
        assertThat(JSON.readTree(noActor.body()).get("field").asString()).isEqualTo("actor");

        HttpResponse<String> badEnum = send("POST", "/cases", "application/json", "{\"caseId\":\"X\",\"source\":\"GOSSIP\"}");
        assertProblem(badEnum, 400);
        assertThat(JSON.readTree(badEnum.body()).get("field").asString()).isEqualTo("source");

        HttpResponse<String> badSnapshot = send("POST", "/check", "application/yaml",
                "format: wangge-snapshot/1\njurisdiction: '510300'\nasOf: not-a-date\n");
        assertProblem(badSnapshot, 400);
        JsonNode p = JSON.readTree(badSnapshot.body());
        assertThat(p.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(badSnapshot.body()).contains("asOf");
    }

    @Test
    void a_body_larger_than_the_limit_gets_413_problem_json_with_or_without_content_length() throws Exception {
        String big = "# " + "x".repeat(70 * 1024) + "\nformat: wangge-snapshot/1\n";
        HttpResponse<String> r = send("POST", "/check", "application/yaml", big);
        assertProblem(r, 413);
        assertThat(r.body()).contains("wangge.web.max-request-size");

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base() + "/check")).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build();
        HttpResponse<String> c = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertProblem(c, 413);

        HttpResponse<String> small = send("POST", "/check", "application/yaml", "format: wangge-snapshot/1\njurisdiction: '510300'\nasOf: 2025-06-30\n");
        assertThat(small.statusCode()).as("a body within the limit is read").isEqualTo(200);
    }

    @Test
    void the_openapi_document_describes_every_operations_problem_responses_with_examples() throws Exception {
        HttpResponse<String> r = send("GET", "/v3/api-docs", null, null, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode paths = JSON.readTree(r.body()).get("paths");
        assertThat(paths.propertyNames()).contains("/api/wangge/check", "/api/wangge/cases/{id}/accept", "/api/wangge/cases/{id}/merge",
                "/api/wangge/cases/{id}/supervise");
        List<String> steps = List.of("report", "resolve-on-spot", "accept", "decline", "merge", "assign", "sign-for", "feed-back",
                "hand-back", "supervise", "verify", "close");
        for (String step : steps) {
            JsonNode responses = paths.get("/api/wangge/cases/{id}/" + step).get("post").get("responses");
            for (String status : List.of("400", "403", "404", "409", "413", "422")) {
                JsonNode media = responses.path(status).path("content").path("application/problem+json");
                assertThat(media.isMissingNode()).as(step + " " + status + " as application/problem+json").isFalse();
                assertThat(media.path("examples").isEmpty()).as(step + " " + status + " examples").isFalse();
            }
            JsonNode wrongRole = responses.get("403").get("content").get("application/problem+json").get("examples").get("wrong role").get("value");
            assertThat(wrongRole.get("status").asInt()).isEqualTo(403);
            assertThat(wrongRole.get("step").asString()).isEqualTo(step);
            assertThat(wrongRole.get("case").asString()).isEqualTo("C-1");
            assertThat(wrongRole.get("constraint").asString()).isNotBlank();
            assertThat(responses.get("403").get("content").get("application/problem+json").get("examples").has("outside the jurisdiction")).isTrue();
        }
        JsonNode collect = paths.get("/api/wangge/cases").get("post").get("responses");
        assertThat(collect.propertyNames()).contains("201", "400", "403", "413", "422").doesNotContain("404", "409");
        JsonNode check = paths.get("/api/wangge/check").get("post").get("responses");
        assertThat(check.propertyNames()).contains("200", "400", "413").doesNotContain("403");
        assertThat(check.get("400").get("content").get("application/problem+json").get("examples").get("unreadable snapshot").get("value")
                .get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(paths.get("/api/wangge/constraints/{id}").get("get").get("responses").propertyNames()).contains("200", "404");
        assertThat(paths.get("/api/wangge/cases/{id}").get("get").get("responses").propertyNames()).contains("200", "404").doesNotContain("403");
    }

    private String step(String id, String step, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = send("POST", "/cases/" + id + "/" + step, "application/json", body);
        assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static void assertProblem(HttpResponse<String> r, int status) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/api/wangge";
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws IOException, InterruptedException {
        return send(method, path, type, body, "/api/wangge");
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String prefix)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + prefix + path));
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
