package org.wangge.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.wangge.kernel.process.WanggeProcesses;

/**
 * On PostgreSQL (127.0.0.1:5432, user postgres, database test; skipped, saying so, when none answers): the engine's
 * ACT_ tables land in wangge.process.schema, and the application's own connections keep their schema.
 */
class ProcessSchemaPostgresTest {

    static final String SCHEMA = "wangge_starter_test";

    @BeforeAll
    static void postgresAnswers() {
        boolean answers;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            answers = true;
        } catch (IOException e) {
            answers = false;
        }
        if (!answers) {
            System.err.println("[wangge] SKIPPED: no PostgreSQL answers on 127.0.0.1:5432; the starter's schema test does not run");
        }
        Assumptions.assumeTrue(answers, "no PostgreSQL on 127.0.0.1:5432: ProcessSchemaPostgresTest SKIPPED");
    }

    @Test
    void the_engine_tables_are_in_the_configured_schema_and_the_application_keeps_its_own() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, WanggeAutoConfiguration.class))
                .withBean(org.wangge.kernel.rules.RuleEngine.class, Shared::engine)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test", "spring.datasource.username=postgres",
                        "wangge.process.schema=" + SCHEMA, "wangge.process.async-executor=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    WanggeProcesses processes = context.getBean(WanggeProcesses.class);
                    processes.caseHandling().collect(WanggeAutoConfigurationTest.newCase("PG-SCHEMA-" + java.util.UUID.randomUUID()));
                    try (Connection c = context.getBean(DataSource.class).getConnection()) {
                        try (ResultSet r = c.createStatement().executeQuery("select count(*) from information_schema.tables"
                                + " where table_schema = '" + SCHEMA + "' and table_name like 'act_%'")) {
                            r.next();
                            assertThat(r.getInt(1)).as("ACT_ tables in " + SCHEMA).isGreaterThan(20);
                        }
                        try (ResultSet r = c.createStatement().executeQuery("select current_schema()")) {
                            r.next();
                            assertThat(r.getString(1)).as("the application's connections keep their schema").isEqualTo("public");
                        }
                        try (ResultSet r = c.createStatement().executeQuery("select count(*) from " + SCHEMA + ".act_ru_execution")) {
                            r.next();
                            assertThat(r.getInt(1)).isPositive();
                        }
                    }
                });
    }
}
