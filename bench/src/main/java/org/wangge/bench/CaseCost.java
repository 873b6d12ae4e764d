package org.wangge.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * What the kernel's case handling costs against bare Flowable (issue 16 ¶4). The same cases go through the same seven
 * steps — start, report, accept, assign, feed back, verify, close — once through {@link CaseHandling} (kernel-process:
 * the rules' checks at each step, the case's variables, the audit trail, the working-day timers) and once through
 * {@code bare-case-handling.bpmn20.xml} (the same user tasks, gateways and boundary events, no kernel code) driven with
 * Flowable's own API, one task query and one completion per step. Both engines run in this JVM on their own database
 * with the same settings (history level audit, the same pool, H2's statement cache and single-row inserts as
 * kernel-process sets them, async executor off); rounds alternate kernel, bare, kernel, bare…, so the ratio is
 * measured in one run under the same load.
 *
 * <p>Arguments: {@code h2|pg WARMUP CASES ROUNDS}. On PostgreSQL, {@code -Dwangge.bench.pg} names the kernel's database
 * and {@code -Dwangge.bench.pgbare} the bare engine's (both should be fresh: history tables grow with every run).
 */
final class CaseCost {

    private CaseCost() {
    }

    static void main(String[] args) {
        String db = args[0];
        int warmup = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        CitySnapshot city = CityGenerator.builder().seed(Bench.SEED).scale(Scale.TINY).generate().snapshot();
        Organisation civil = city.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.DEPARTMENT && o.departmentKind() == DepartmentKind.CIVIL_AFFAIRS)
                .findFirst().orElseThrow();
        Assignment a = city.assignments().get(0);
        String kernelUrl;
        String bareUrl;
        String user;
        if (db.equals("pg")) {
            kernelUrl = System.getProperty("wangge.bench.pg", "jdbc:postgresql://127.0.0.1:5432/bench16k");
            bareUrl = System.getProperty("wangge.bench.pgbare", "jdbc:postgresql://127.0.0.1:5432/bench16b");
            user = "postgres";
        } else {
            kernelUrl = "jdbc:h2:mem:kernel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            bareUrl = "jdbc:h2:mem:bare-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256";
            user = "sa";
        }
        long t0 = System.nanoTime();
        try (WanggeProcesses kernel = WanggeProcesses.builder().rules(RuleEngine.zigong()).organisations(city.organisations())
                .jdbc(kernelUrl, user, "").maxConnections(10).build()) {
            ProcessEngine bare = bareEngine(bareUrl, user, db.equals("h2"));
            try {
                bare.getRepositoryService().createDeployment().name("bench-bare-case-handling")
                        .addClasspathResource("org/wangge/bench/bare-case-handling.bpmn20.xml").deploy();
                System.out.printf("engines up on %s in %.1f s; %s%n", db, (System.nanoTime() - t0) / 1e9, Bench.load());
                CaseHandling cases = kernel.caseHandling();
                String run = Long.toString(System.currentTimeMillis(), 36);
                List<Double> kernelMs = new ArrayList<>();
                List<Double> bareMs = new ArrayList<>();
                List<Double> kernelCpu = new ArrayList<>();
                List<Double> bareCpu = new ArrayList<>();
                for (int r = 0; r < rounds + 1; r++) {
                    int count = r == 0 ? warmup : n;
                    for (String side : List.of("kernel", "bare")) {
                        long cpu0 = cpuNanos();
                        long t = System.nanoTime();
                        for (int i = 0; i < count; i++) {
                            String id = "BENCH-" + run + "-" + side + "-" + r + "-" + i;
                            if (side.equals("kernel")) {
                                driveKernel(cases, id, a, civil);
                            } else {
                                driveBare(bare, id, a, civil);
                            }
                        }
                        double ms = (System.nanoTime() - t) / 1e6 / count;
                        double cpu = (cpuNanos() - cpu0) / 1e6 / count;
                        System.out.printf("%s round %d %-6s: %d cases, %.2f ms/case wall, %.2f ms/case process CPU; %s%n",
                                r == 0 ? "warm-up " : "measured", r, side, count, ms, cpu, Bench.load());
                        if (r > 0) {
                            (side.equals("kernel") ? kernelMs : bareMs).add(ms);
                            (side.equals("kernel") ? kernelCpu : bareCpu).add(cpu);
                        }
                    }
                }
                checkBareEnded(bare, n * (rounds) + warmup);
                System.out.printf("RESULT casecost db=%s rounds=%d casesPerRound=%d kernel median=%.2f ms/case (min %.2f max %.2f) cpu=%.2f ms/case;"
                        + " bare median=%.2f ms/case (min %.2f max %.2f) cpu=%.2f ms/case; ratio kernel/bare wall %.2f, CPU %.2f %s%n", db, rounds,
                        n, Bench.median(kernelMs), min(kernelMs), max(kernelMs), Bench.median(kernelCpu), Bench.median(bareMs), min(bareMs),
                        max(bareMs), Bench.median(bareCpu), Bench.median(kernelMs) / Bench.median(bareMs),
                        Bench.median(kernelCpu) / Bench.median(bareCpu), Bench.load());
            } finally {
                bare.close();
            }
        }
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(x -> x).min().orElse(0);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(x -> x).max().orElse(0);
    }

    /** Flowable configured as kernel-process configures it, without the kernel's beans, listeners and calendar. */
    private static ProcessEngine bareEngine(String url, String user, boolean h2) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setJdbcUrl(url);
        cfg.setJdbcUsername(user);
        cfg.setJdbcPassword("");
        cfg.setJdbcDriver(h2 ? "org.h2.Driver" : "org.postgresql.Driver");
        cfg.setJdbcMaxActiveConnections(10);
        cfg.setJdbcMaxIdleConnections(10);
        if (h2) {
            cfg.setBulkInsertEnabled(false);
        }
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setEngineName("bench-bare-" + UUID.randomUUID());
        cfg.setHistoryLevel(HistoryLevel.AUDIT);
        cfg.setAsyncExecutorActivate(false);
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        return cfg.buildProcessEngine();
    }

    private static void driveKernel(CaseHandling cases, String id, Assignment a, Organisation civil) {
        cases.reportCase(new NewCase(id, CaseSource.WORKER_DISCOVERY, MatterCategory.PUBLIC_OPINION, false, false,
                a.gridId(), a.workerId(), "bench case"));
        cases.accept(id, "OP");
        cases.assign(id, civil.id(), "OP");
        cases.feedBack(id, civil.id(), "done");
        cases.verify(id, VerificationOutcome.RESOLVED, "OP");
        cases.close(id, "OP");
    }

    /** The same seven steps with Flowable's API: start, then find and complete each user task by the case's business key. */
    private static void driveBare(ProcessEngine e, String id, Assignment a, Organisation civil) {
        Map<String, Object> start = new HashMap<>();
        start.put("collectedBy", a.workerId());
        start.put("gridId", a.gridId());
        start.put("category", MatterCategory.PUBLIC_OPINION.name());
        start.put("reportLimit", "PT24H");
        start.put("acceptLimit", "P1D");
        start.put("handleLimit", "P5D");
        start.put("respondLimit", "P1D");
        start.put("resolvedOnSpot", false);
        start.put("notAccepted", false);
        start.put("obstruction", false);
        start.put("handedBack", false);
        start.put("verifiedResolved", false);
        start.put("departmentId", "none");
        e.getRuntimeService().startProcessInstanceByKey("bareCaseHandling", id, start);
        complete(e, id, "resolveOrReport", Map.of("reportedAt", java.time.Instant.now().toString()));
        complete(e, id, "acceptCase", Map.of("acceptedAt", java.time.Instant.now().toString()));
        complete(e, id, "assignToDepartment", Map.of("departmentId", civil.id()));
        complete(e, id, "handleCase", Map.of("fedBackAt", java.time.Instant.now().toString()));
        complete(e, id, "verifyCase", Map.of("verifiedResolved", true));
        complete(e, id, "closeCase", Map.of());
    }

    private static void complete(ProcessEngine e, String id, String taskKey, Map<String, Object> vars) {
        Task task = e.getTaskService().createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("bare case " + id + ": no open task " + taskKey);
        }
        e.getTaskService().complete(task.getId(), vars);
    }

    /** Every bare case reached its end (so the bare side did the same work, not less). */
    private static void checkBareEnded(ProcessEngine e, long expected) {
        long running = e.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("bareCaseHandling").count();
        long ended = e.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("bareCaseHandling").finished().count();
        System.out.printf("bare cases ended %d (expected at least %d), still running %d%n", ended, expected, running);
        if (running != 0 || ended < expected) {
            throw new IllegalStateException("bare cases did not all end: " + ended + " ended, " + running + " running");
        }
    }

    /** @return the CPU time of this JVM (every thread) */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
