package org.wangge.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The application on the starter, on an in-memory H2 database so that this runs where no PostgreSQL answers:
 * the kernel beans, the kernel's library versions, a check, an error as problem+json, sign-in, health and OpenAPI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:wangge-boot;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa", "wangge.process.schema="})
class WanggeApplicationH2Test {

    @Autowired
    RuleEngine engine;

    @Autowired
    WanggeProcesses processes;

    @Value("${local.server.port}")
    int port;

    @Test
    void the_starter_makes_the_kernel_beans_on_the_applications_database() throws Exception {
        assertThat(engine.packs()).extracting(p -> p.name() + " " + p.version()).containsExactly("zigong 2024.1");
        assertThat(processes.rules()).isSameAs(engine);
        assertThat(processes.processEngine().getProcessEngineConfiguration().isTransactionsExternallyManaged()).isTrue();
        assertThat(processes.organisations()).containsKey("ORG-ZLJ-PSB");
    }

    @Test
    void spring_boot_keeps_the_versions_the_kernel_was_built_with() {
        assertThat(org.flowable.engine.ProcessEngine.VERSION).startsWith("8.0.0");
        assertThat(version(org.drools.core.impl.RuleBaseFactory.class)).isEqualTo("10.2.0");
        assertThat(version(org.h2.Driver.class)).isEqualTo("2.5.252");                    // Boot 4.0 manages 2.4.x
        assertThat(version(org.apache.commons.io.IOUtils.class)).isEqualTo("2.21.0");      // nearest-wins would give 2.18.0
        assertThat(version(org.apache.commons.codec.binary.Hex.class)).isEqualTo("1.20.0");
        assertThat(version(org.apache.commons.lang3.StringUtils.class)).isEqualTo("3.20.0");
    }

    @Test
    void a_signed_in_user_checks_a_snapshot() throws Exception {
        HttpResponse<String> r = new Api(port).post("OP-1", "/api/wangge/check", "application/yaml",
                Files.readString(Path.of("src/test/resources/our-city.yaml")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"constraintId\":\"ZG-08-01\"", "\"subjectId\":\"G-COMM-1\"", "\"summary\":\"0 VIOLATION, 1 WARNING, 0 NOTICE\"");
    }

    @Test
    void a_snapshot_that_cannot_be_read_gets_a_problem_with_its_line_and_field() throws Exception {
        HttpResponse<String> r = new Api(port).post("OP-1", "/api/wangge/check", "application/yaml",
                "format: wangge-snapshot/1\njurisdiction: '510300'\nasOf: not-a-date\n");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).contains("\"title\":\"Unreadable snapshot\"", "\"line\":3", "asOf");
    }

    @Test
    void without_signing_in_the_api_answers_401_and_health_and_openapi_are_open() throws Exception {
        Api api = new Api(port);
        assertThat(api.get(null, "/api/wangge/constraints/ZG-08-01").statusCode()).isEqualTo(401);
        HttpResponse<String> health = api.get(null, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"wangge\"", "\"pack.name\":\"zigong\"", "\"processEngine\":\"up\"");
        HttpResponse<String> openapi = api.get(null, "/v3/api-docs");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/wangge/check", "/api/wangge/cases/{id}/assign", "application/yaml", "ORG-ZLJ-PSB");
        assertThat(api.get(null, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    /**
     * Through the application's own {@code SecurityFilterChain} (HTTP Basic against its in-memory users, no test resolver):
     * a wrong password is 401, a worker's accept and a Rong-county operator's accept of a Ziliujing case are 403
     * problem+json naming step and case, and the city's operator then accepts; the refusals are in the audit trail.
     */
    @Test
    void through_the_real_security_filter_chain_a_wrong_role_is_403_and_the_right_role_succeeds() throws Exception {
        Api api = new Api(port);
        String id = "H2-SEC-" + java.util.UUID.randomUUID();
        HttpResponse<String> collected = api.post("W-1", "/api/wangge/cases", "application/json", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1","summary":"noise","report":true}"""
                .formatted(id));
        assertThat(collected.statusCode()).as(collected.body()).isEqualTo(201);
        assertThat(api.postAs("W-1", "not-the-password", "/api/wangge/cases/" + id + "/accept", "{}").statusCode()).isEqualTo(401);

        HttpResponse<String> worker = api.post("W-1", "/api/wangge/cases/" + id + "/accept", "application/json", "{}");
        assertThat(worker.statusCode()).as(worker.body()).isEqualTo(403);
        assertThat(worker.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(worker.body()).contains("\"title\":\"Step refused to actor\"", "\"step\":\"accept\"", "\"case\":\"" + id + "\"",
                "\"constraint\":\"ZG-15-01\"", "refused to GRID_WORKER W-1: only a platform operator or the grid agency");

        HttpResponse<String> rong = api.post("OP-RONG", "/api/wangge/cases/" + id + "/accept", "application/json", "{}");
        assertThat(rong.statusCode()).as(rong.body()).isEqualTo(403);
        assertThat(rong.body()).contains("grid G-COMM-1 lies in 510302001001, outside its jurisdiction 510321");

        HttpResponse<String> operator = api.post("OP-1", "/api/wangge/cases/" + id + "/accept", "application/json", "{}");
        assertThat(operator.statusCode()).as(operator.body()).isEqualTo(200);
        assertThat(operator.body()).contains("\"openSteps\":[\"ASSIGN\"]");
        HttpResponse<String> trail = api.get("OP-1", "/api/wangge/cases/" + id + "/audit-trail");
        assertThat(trail.body()).contains("\"action\":\"REFUSED\",\"actor\":\"W-1\"", "\"action\":\"REFUSED\",\"actor\":\"OP-RONG\"",
                "\"action\":\"ACCEPTED\",\"actor\":\"OP-1\"");
    }

    @Test
    void the_openapi_document_gives_each_step_its_problem_responses() throws Exception {
        String doc = new Api(port).get(null, "/v3/api-docs").body();
        assertThat(doc).contains("\"/api/wangge/cases/{id}/merge\"", "\"/api/wangge/cases/{id}/supervise\"", "application/problem+json",
                "\"403\"", "Step refused to actor", "outside the jurisdiction", "\"409\"", "\"413\"");
    }

    private static String version(Class<?> type) {
        return type.getPackage().getImplementationVersion();
    }
}
