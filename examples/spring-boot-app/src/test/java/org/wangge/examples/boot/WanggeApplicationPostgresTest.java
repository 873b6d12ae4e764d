package org.wangge.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.wangge.kernel.process.WanggeProcesses;

/**
 * The application as configured in application.properties — the processes on the local PostgreSQL server, their
 * tables in schema wangge — started as {@code java -jar} starts it, and called as curl would. Each test is skipped,
 * saying so, when no PostgreSQL answers on 127.0.0.1:5432.
 */
class WanggeApplicationPostgresTest {

    static ConfigurableApplicationContext app;

    Api api;
    WanggeProcesses processes;

    @BeforeEach
    void startTheApplicationOnPostgresql() {
        Postgres.assumeItAnswers();
        if (app == null) {
            app = SpringApplication.run(WanggeApplication.class, "--server.port=0", "--server.address=127.0.0.1");
        }
        processes = app.getBean(WanggeProcesses.class);
        api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Test
    void the_processes_keep_their_tables_in_schema_wangge_of_the_applications_database() throws Exception {
        try (var c = app.getBean(DataSource.class).getConnection();
                var r = c.createStatement().executeQuery("select count(*) from information_schema.tables where table_schema = 'wangge'"
                        + " and table_name = 'act_ru_task'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
        assertThat(processes.processEngine().getRepositoryService().createDeploymentQuery()
                .deploymentName(WanggeProcesses.DEPLOYMENT_NAME).count()).isPositive();
    }

    @Test
    void a_case_goes_from_collect_to_close_each_step_by_its_user() throws Exception {
        String id = "BOOT-" + UUID.randomUUID();          // the database outlives the test: a fresh id each run
        HttpResponse<String> collected = api.post("W-1", "/api/wangge/cases", "application/json", """
                {"caseId":"%s","source":"RESIDENT_DEMAND","category":"DISPUTES","gridId":"G-COMM-1",
                 "summary":"neighbours' dispute over noise","report":true}""".formatted(id));
        assertThat(collected.statusCode()).as(collected.body()).isEqualTo(201);
        step("OP-1", id, "accept", "{}");
        HttpResponse<String> refused = api.post("ORG-ZLJ-PSB", "/api/wangge/cases/" + id + "/assign", "application/json",
                "{\"departmentId\":\"ORG-ZLJ-PSB\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("\"step\":\"assign\"", "refused to DEPARTMENT ORG-ZLJ-PSB");
        step("OP-1", id, "assign", "{\"departmentId\":\"ORG-ZLJ-PSB\"}");
        step("ORG-ZLJ-PSB", id, "sign-for", "{}");
        step("ORG-ZLJ-AGENCY", id, "supervise", "{\"reason\":\"residents called again\"}");
        step("ORG-ZLJ-PSB", id, "feed-back", "{\"result\":\"mediated\"}");
        step("OP-1", id, "verify", "{\"outcome\":\"RESOLVED\"}");
        assertThat(step("OP-1", id, "close", "{}")).contains("\"status\":\"CLOSED\"");
        HttpResponse<String> trail = api.get("OP-1", "/api/wangge/cases/" + id + "/audit-trail");
        assertThat(trail.body()).contains("\"action\":\"COLLECTED\",\"actor\":\"W-1\"", "\"action\":\"ACCEPTED\",\"actor\":\"OP-1\"",
                "\"action\":\"REFUSED\",\"actor\":\"ORG-ZLJ-PSB\"", "\"action\":\"SIGNED_FOR\",\"actor\":\"ORG-ZLJ-PSB\"",
                "\"action\":\"SUPERVISED\",\"actor\":\"ORG-ZLJ-AGENCY\"",
                "\"action\":\"FED_BACK\",\"actor\":\"ORG-ZLJ-PSB\"", "\"action\":\"CLOSED\",\"actor\":\"OP-1\"");
    }

    @Test
    void a_user_cannot_act_as_someone_else() throws Exception {
        HttpResponse<String> r = api.post("W-1", "/api/wangge/cases/ANY/accept", "application/json", "{\"actor\":\"OP-1\"}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).contains("signed in as W-1 and cannot act as OP-1", "\"field\":\"actor\"", "\"step\":\"accept\"");
    }

    private String step(String user, String id, String step, String body) throws Exception {
        HttpResponse<String> r = api.post(user, "/api/wangge/cases/" + id + "/" + step, "application/json", body);
        assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
