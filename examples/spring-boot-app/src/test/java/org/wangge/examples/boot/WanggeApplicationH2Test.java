package org.wangge.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The application starts under Spring Boot's dependency management with the kernel's own versions of what the
 * kernel uses — on an in-memory H2 database, so that this runs where no PostgreSQL answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:wangge-boot;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa"})
class WanggeApplicationH2Test {

    @Autowired
    RuleEngine engine;

    @Autowired
    WanggeProcesses processes;

    @Value("${local.server.port}")
    int port;

    @Test
    void the_application_starts_with_the_kernel_beans() {
        assertThat(engine.packs()).extracting(p -> p.name() + " " + p.version()).containsExactly("zigong 2024.1");
        assertThat(processes.rules()).isSameAs(engine);
        assertThat(processes.processEngine().getProcessEngineConfiguration().getJdbcUrl()).startsWith("jdbc:h2:mem:wangge-boot");
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
    void a_snapshot_that_cannot_be_read_gets_400_with_every_problem() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/check"))
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString("format: wangge-snapshot/1\njurisdiction: '510300'\nasOf: not-a-date\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("the snapshot cannot be read", "asOf");
    }

    private static String version(Class<?> type) {
        return type.getPackage().getImplementationVersion();
    }
}
