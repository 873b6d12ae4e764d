package org.wangge.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.process.AuditEntry;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.CaseStatus;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * The application as configured in application.properties — the processes on the local PostgreSQL server —
 * started as {@code java -jar} starts it. Each test is skipped, saying so, when no PostgreSQL answers on
 * 127.0.0.1:5432 (the application cannot start without its database).
 */
class WanggeApplicationPostgresTest {

    static ConfigurableApplicationContext app;

    WanggeProcesses processes;
    int port;

    @BeforeEach
    void startTheApplicationOnPostgresql() {
        Postgres.assumeItAnswers();
        if (app == null) {
            app = SpringApplication.run(WanggeApplication.class, "--server.port=0");
        }
        processes = app.getBean(WanggeProcesses.class);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Test
    void the_processes_run_on_the_postgresql_database_the_properties_name() {
        assertThat(processes.processEngine().getProcessEngineConfiguration().getJdbcUrl()).isEqualTo(Postgres.URL);
        assertThat(processes.processEngine().getRepositoryService().createDeploymentQuery()
                .deploymentName(WanggeProcesses.DEPLOYMENT_NAME).count())
                .as("the kernel's processes are deployed in the database").isPositive();
    }

    @Test
    void the_check_endpoint_reports_what_breaks_the_measures() throws IOException, InterruptedException {
        HttpResponse<String> response = post(Files.readString(Path.of("src/test/resources/our-city.yaml")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"constraintId\":\"ZG-08-01\"", "\"subjectId\":\"G-COMM-1\"",
                "\"summary\":\"0 VIOLATION, 1 WARNING, 0 NOTICE\"");
    }

    @Test
    void a_case_goes_through_case_handling_on_postgresql() {
        CitySnapshot city = SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml"));
        processes.register(city.organisations().toArray(org.wangge.kernel.model.organisation.Organisation[]::new));
        processes.processEngine().getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(LocalDateTime.of(2025, 6, 30, 9, 0).atZone(processes.zone()).toInstant()));
        String id = "BOOT-" + UUID.randomUUID();          // the database outlives the test: a fresh id each run
        CaseHandling cases = processes.caseHandling();
        cases.reportCase(new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, "G-COMM-1", "W-1",
                "neighbours' dispute over noise"));
        cases.accept(id, "OP-1");
        cases.assign(id, "ORG-ZLJ-PSB", "OP-1");
        cases.feedBack(id, "ORG-ZLJ-PSB", "mediated");
        cases.verify(id, VerificationOutcome.RESOLVED, "OP-1");
        cases.close(id, "OP-1");
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.CLOSED);
        List<String> actions = cases.auditTrail(id).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/check"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
