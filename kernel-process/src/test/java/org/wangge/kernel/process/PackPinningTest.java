package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;
import org.wangge.kernel.process.support.FlowCoverage;
import org.wangge.kernel.rules.RuleEngine;

/**
 * An open case keeps its rule pack for every step, not only for its timers: a case started under the built-in pack
 * (2024.1) is routed and assigned by it after an amendment that drops a routing row comes into force (2025-01-01),
 * while a case started under the amendment is routed by the amendment. On H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackPinningTest {

    static final LocalDateTime BEFORE = LocalDateTime.of(2024, 12, 31, 10, 0);
    static final LocalDateTime AFTER = LocalDateTime.of(2025, 1, 2, 10, 0);

    WanggeProcesses processes;
    Path amendment;

    @BeforeAll
    void start() throws IOException {
        amendment = Files.createTempDirectory("wangge-pinning-pack");
        try (Stream<Path> files = Files.list(Fixtures.amendedPackDirectory())) {
            for (Path f : files.toList()) {
                Files.copy(f, amendment.resolve(f.getFileName()));
            }
        }
        Path routing = amendment.resolve("routing.drl.csv");
        List<String> rows = Files.readAllLines(routing).stream().filter(l -> !l.startsWith("DISPUTES,,JUSTICE_ADMINISTRATION,")).toList();
        assertThat(rows).hasSize(Files.readAllLines(routing).size() - 1);
        Files.write(routing, rows);
        Path props = amendment.resolve("pack.properties");
        Files.writeString(props, Files.readString(props).replaceAll("(?m)^version=.*$", "version=2025.9"));
        RuleEngine rules = RuleEngine.builder().withBuiltInZigongPack().withPackDirectory(amendment).build();
        processes = WanggeProcesses.builder().rules(rules).city(CompliantCity.snapshot()).organisations(Fixtures.organisations()).build();
        FlowCoverage.attach(processes);
    }

    @AfterAll
    void stop() {
        Fixtures.stop(processes);
    }

    static NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, CompliantCity.COMMUNITY_GRID,
                CompliantCity.WORKER_COMMUNITY, "dispute");
    }

    @Test
    void a_case_started_under_a_pack_is_routed_and_assigned_by_that_pack_after_an_amendment_comes_into_force() {
        CaseHandling cases = processes.caseHandling();
        Fixtures.clock(processes, BEFORE);
        cases.reportCase(dispute("PIN-OLD"));
        Fixtures.clock(processes, AFTER);
        assertThat(processes.rules().packInForce(AFTER.toLocalDate()).version()).isEqualTo("2025.9");
        cases.accept("PIN-OLD", "OP");
        assertThat(cases.state("PIN-OLD").rulePackVersion()).isEqualTo("2024.1");
        assertThat(cases.state("PIN-OLD").responsibleDepartmentKinds()).contains(DepartmentKind.JUSTICE_ADMINISTRATION);
        cases.assign("PIN-OLD", Fixtures.JUSTICE, "OP"); // the started pack's routing row allows it

        cases.reportCase(dispute("PIN-NEW"));
        cases.accept("PIN-NEW", "OP");
        assertThat(cases.state("PIN-NEW").rulePackVersion()).isEqualTo("2025.9");
        assertThat(cases.state("PIN-NEW").responsibleDepartmentKinds()).containsExactly(DepartmentKind.PUBLIC_SECURITY);
        assertThatThrownBy(() -> cases.assign("PIN-NEW", Fixtures.JUSTICE, "OP")).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("ZG-15-02");
    }
}
