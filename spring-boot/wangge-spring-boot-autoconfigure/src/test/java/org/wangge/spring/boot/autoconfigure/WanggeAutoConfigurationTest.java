package org.wangge.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.UnknownSubjectException;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.spring.boot.autoconfigure.internal.WanggeHealthIndicator;
import org.wangge.spring.boot.autoconfigure.internal.WanggeMetrics;

/** The auto-configuration: which beans appear under which conditions, the properties, health and metrics. */
class WanggeAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WanggeAutoConfiguration.class))
            .withBean(RuleEngine.class, Shared::engine);

    private ApplicationContextRunner withH2() {
        return runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, WanggeAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:wangge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.datasource.username=sa", "wangge.process.async-executor=false");
    }

    @Test
    void without_a_data_source_there_are_the_rule_beans_and_no_processes() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(RuleEngine.class).hasSingleBean(WanggeChecks.class).hasSingleBean(RulePackStatus.class)
                    .hasSingleBean(WanggeActorResolver.class).hasSingleBean(WanggeHealthIndicator.class)
                    .doesNotHaveBean(WanggeProcesses.class).doesNotHaveBean(WanggeMetrics.class);
            assertThat(context.getBean(RuleEngine.class)).as("the application's own engine wins").isSameAs(Shared.engine());
        });
    }

    @Test
    void the_built_in_pack_is_the_default_engine() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WanggeAutoConfiguration.class)).run(context -> {
            assertThat(context.getBean(RuleEngine.class).packs()).extracting(p -> p.name() + " " + p.version()).containsExactly("zigong 2024.1");
            assertThat(context.getBean(RulePackStatus.class).hash()).hasSize(64).isEqualTo(new RulePackStatus(Shared.engine(), null).hash());
        });
    }

    @Test
    void the_processes_run_on_the_applications_data_source_and_join_its_transactions() {
        withH2().run(context -> {
            WanggeProcesses processes = context.getBean(WanggeProcesses.class);
            assertThat(processes.rules()).isSameAs(Shared.engine());
            processes.register(SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml")).organisations()
                    .toArray(org.wangge.kernel.model.organisation.Organisation[]::new));
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            // a case collected in a transaction the application rolls back does not exist
            tx.executeWithoutResult(status -> {
                processes.caseHandling().collect(newCase("TX-ROLLED-BACK"));
                assertThat(processes.caseHandling().state("TX-ROLLED-BACK").caseId()).isEqualTo("TX-ROLLED-BACK");
                status.setRollbackOnly();
            });
            assertThatThrownBy(() -> processes.caseHandling().state("TX-ROLLED-BACK")).isInstanceOf(UnknownSubjectException.class);
            // one committed does
            tx.executeWithoutResult(status -> processes.caseHandling().collect(newCase("TX-COMMITTED")));
            assertThat(processes.caseHandling().state("TX-COMMITTED").openSteps()).isNotEmpty();
            // and the processes use the application's pool, not one of their own
            assertThat(processes.processEngine().getProcessEngineConfiguration().getDataSource().unwrap(DataSource.class))
                    .isNotNull();
            assertThat(processes.processEngine().getProcessEngineConfiguration().isTransactionsExternallyManaged()).isTrue();
        });
    }

    @Test
    void the_processes_can_be_switched_off_or_replaced() {
        withH2().withPropertyValues("wangge.process.enabled=false").run(context -> assertThat(context).doesNotHaveBean(WanggeProcesses.class));
    }

    @Test
    void reload_on_change_needs_a_rule_directory() {
        runner.withPropertyValues("wangge.rules.reload-on-change=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("wangge.rules.reload-on-change=true needs wangge.rules.directory");
        });
    }

    @Test
    void a_changed_rule_directory_is_reloaded_and_a_broken_one_refused_and_shown_in_health(@TempDir Path dir) throws Exception {
        RuleEngine.exportBuiltInPack(dir);
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WanggeAutoConfiguration.class))
                .withPropertyValues("wangge.rules.directory=" + dir, "wangge.rules.reload-on-change=true", "wangge.rules.reload-interval=1h")
                .run(context -> {
                    RulePackStatus status = context.getBean(RulePackStatus.class);
                    assertThat(context).hasBean("wanggeRuleReloader");
                    WanggeHealthIndicator health = context.getBean(WanggeHealthIndicator.class);
                    Health up = health.health(true);
                    assertThat(up.getStatus()).isEqualTo(Status.UP);
                    assertThat(up.getDetails()).containsEntry("pack.name", "zigong").containsEntry("pack.version", "2024.1")
                            .containsEntry("pack.hash", status.hash()).containsEntry("pack.source", dir.toString());
                    assertThat(status.reloadIfChanged()).as("nothing changed").isFalse();

                    Path broken = Files.writeString(dir.resolve("broken.drl"), "package org.wangge.rules;\nrule \"x\" when then nonsense( end\n");
                    String before = status.hash();
                    assertThat(status.reloadIfChanged()).isTrue();
                    assertThat(status.hash()).isNotEqualTo(before);
                    assertThat(status.lastReload().succeeded()).isFalse();
                    Health down = health.health(true);
                    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                    assertThat((String) down.getDetails().get("lastReload.error")).contains("broken.drl");
                    assertThat(context.getBean(RuleEngine.class).packs()).as("the engine keeps serving its pack").hasSize(1);

                    Files.delete(broken);
                    assertThat(status.reloadIfChanged()).isTrue();
                    assertThat(status.lastReload().succeeded()).isTrue();
                    assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
                });
    }

    @Test
    void health_shows_the_process_engine() {
        withH2().run(context -> {
            Health h = context.getBean(WanggeHealthIndicator.class).health(true);
            assertThat(h.getStatus()).isEqualTo(Status.UP);
            assertThat(h.getDetails()).containsEntry("processEngine", "up").containsEntry("pack.source", "built-in");
        });
    }

    @Test
    void metrics_time_checks_count_findings_and_gauge_open_and_overdue_cases() {
        withH2().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            WanggeChecks checks = context.getBean(WanggeChecks.class);
            checks.check(SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml")), null);
            assertThat(registry.get("wangge.check").tag("pack", "zigong 2024.1").timer().count()).isEqualTo(1);
            assertThat(registry.get("wangge.findings").tag("severity", "WARNING").tag("basis", "TEXT").tag("constraint", "ZG-08-01").counter().count()).isEqualTo(1.0);
            assertThat(registry.find("wangge.findings").tag("severity", "VIOLATION").counters()).isEmpty();

            WanggeProcesses processes = context.getBean(WanggeProcesses.class);
            double open = registry.get("wangge.cases.open").gauge().value();
            processes.caseHandling().collect(newCase("METRICS-1"));
            assertThat(registry.get("wangge.cases.open").gauge().value()).isEqualTo(open + 1);
            assertThat(registry.get("wangge.cases.overdue").gauge().value()).isZero();
        });
    }

    @Test
    void the_settings_bind_with_their_defaults_and_the_metadata_lists_them() throws Exception {
        runner.withPropertyValues("wangge.web.max-request-size=1KB", "wangge.process.schema=wangge_process").run(context -> {
            WanggeProperties p = context.getBean(WanggeProperties.class);
            assertThat(p.getWeb().getMaxRequestSize().toBytes()).isEqualTo(1024);
            assertThat(p.getWeb().getBasePath()).isEqualTo("/api/wangge");
            assertThat(p.getWeb().isEnabled()).isFalse();
            assertThat(p.getProcess().getSchema()).isEqualTo("wangge_process");
            assertThat(p.getProcess().getZone()).hasToString("Asia/Shanghai");
        });
        String metadata = new String(getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"wangge.rules.directory\"", "\"wangge.rules.reload-on-change\"", "\"wangge.process.schema\"",
                "\"wangge.web.enabled\"", "\"wangge.web.base-path\"", "\"wangge.web.max-request-size\"", "An analyst's rule directory");
    }

    @Test
    void a_schema_that_is_not_a_plain_identifier_is_refused() {
        withH2().withPropertyValues("wangge.process.schema=x; drop table y").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("is not a plain SQL identifier");
        });
    }

    @Test
    @SuppressWarnings("deprecation") // the String-id steps: what is checked here is the operator's id, not the role
    void registered_operators_from_the_properties_are_the_only_operators_a_step_may_name() {
        withH2().withPropertyValues("wangge.process.operators=OP-CITY-1, OP-CITY-2").run(context -> {
            WanggeProcesses processes = context.getBean(WanggeProcesses.class);
            processes.register(SnapshotFiles.read(Path.of("src/test/resources/our-city.yaml")).organisations()
                    .toArray(org.wangge.kernel.model.organisation.Organisation[]::new));
            processes.caseHandling().reportCase(newCase("OPS-1"));
            assertThatThrownBy(() -> processes.caseHandling().accept("OPS-1", "OP-NOBODY"))
                    .isInstanceOf(org.wangge.kernel.process.InvalidInputException.class)
                    .satisfies(e -> assertThat(((org.wangge.kernel.process.InvalidInputException) e).field()).isEqualTo("operatorId"))
                    .hasMessageContaining("OP-NOBODY");
            processes.caseHandling().accept("OPS-1", "OP-CITY-2");
            assertThat(processes.caseHandling().state("OPS-1").caseId()).isEqualTo("OPS-1");
        });
        withH2().withPropertyValues("wangge.process.operators[0]= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("wangge.process.operators[0] is blank");
        });
    }

    @Test
    void the_history_level_is_a_property_and_audit_by_default() {
        withH2().run(context -> assertThat(context.getBean(WanggeProcesses.class).processEngine().getProcessEngineConfiguration()
                .getHistoryLevel().getKey()).isEqualTo("audit"));
        withH2().withPropertyValues("wangge.process.history=activity").run(context -> assertThat(context.getBean(WanggeProcesses.class)
                .processEngine().getProcessEngineConfiguration().getHistoryLevel().getKey()).isEqualTo("activity"));
    }

    static NewCase newCase(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, "G-COMM-1", "W-1", "neighbours' dispute");
    }
}
