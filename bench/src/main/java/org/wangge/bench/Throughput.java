package org.wangge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.testkit.generator.CityGenerator;
import org.wangge.kernel.testkit.generator.Scale;

/**
 * Case throughput (issue 7 ¶2d): cases driven from report to close through the BPMN process of kernel-process
 * (CaseHandling: reportCase → accept → assign → feedBack → verify → close), history level audit
 * (WanggeProcesses always sets it). Arguments: {@code h2|pg WARMUP CASES ROUNDS [THREADS]}: THREADS client threads
 * (default 1), as operators of one host, each drive their own share of a round's cases, each case from report to
 * close; the rate is the round's cases over its wall time. The engine's pool gets THREADS + 2 connections.
 */
final class Throughput {

    private Throughput() {
    }

    static void main(String[] args) {
        String db = args[0];
        int warmup = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        CitySnapshot city = CityGenerator.builder().seed(Bench.SEED).scale(Scale.TINY).generate().snapshot();
        Organisation civil = city.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.DEPARTMENT && o.departmentKind() == DepartmentKind.CIVIL_AFFAIRS)
                .findFirst().orElseThrow();
        Assignment a = city.assignments().get(0);
        WanggeProcesses.Builder b = WanggeProcesses.builder().rules(RuleEngine.zigong()).organisations(city.organisations())
                .maxConnections(Math.max(10, threads + 2));
        if (db.equals("pg")) {
            // -Dwangge.bench.pg names another database, e.g. a fresh one: history tables grow with every run
            b.jdbc(System.getProperty("wangge.bench.pg", "jdbc:postgresql://127.0.0.1:5432/test"), "postgres", "");
        } else {
            b.jdbc("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (WanggeProcesses p = b.build()) {
            System.out.printf("engine up on %s in %.1f s; %d client thread(s); %s%n", db, (System.nanoTime() - t0) / 1e9, threads,
                    Bench.load());
            CaseHandling cases = p.caseHandling();
            String run = Long.toString(System.currentTimeMillis(), 36);
            List<Double> rates = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (int r = 0; r < rounds + 1; r++) {
                int count = r == 0 ? warmup : n;
                int round = r;
                long t = System.nanoTime();
                long cpu0 = cpuNanos();
                List<Future<?>> done = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    int first = k;
                    done.add(pool.submit(() -> {
                        for (int i = first; i < count; i += threads) {
                            drive(cases, "BENCH-" + run + "-" + round + "-" + i, a, civil);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException("a client thread failed", e);
                    }
                }
                double sec = (System.nanoTime() - t) / 1e9;
                double cpuMs = (cpuNanos() - cpu0) / 1e6 / count;
                double rate = count / sec;
                System.out.printf("%s round %d: %d cases in %.2f s = %.1f cases/s; process CPU %.2f ms/case; %s%n",
                        r == 0 ? "warm-up " : "measured", r, count, sec, rate, cpuMs, Bench.load());
                if (r > 0) {
                    rates.add(rate);
                    cpus.add(cpuMs);
                }
            }
            System.out.printf("RESULT throughput db=%s threads=%d rounds=%d casesPerRound=%d median=%.1f cases/s min=%.1f max=%.1f"
                    + " cpu=%.2f ms/case (median) %s%n", db, threads, rounds, n, Bench.median(rates),
                    rates.stream().mapToDouble(x -> x).min().orElse(0), rates.stream().mapToDouble(x -> x).max().orElse(0),
                    Bench.median(cpus), Bench.load());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the CPU time of this JVM (every thread: clients, GC, JIT), which other processes' load does not inflate */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void drive(CaseHandling cases, String id, Assignment a, Organisation civil) {
        cases.reportCase(new NewCase(id, CaseSource.WORKER_DISCOVERY, MatterCategory.PUBLIC_OPINION, false, false,
                a.gridId(), a.workerId(), "bench case"));
        cases.accept(id, "OP");
        cases.assign(id, civil.id(), "OP");
        cases.feedBack(id, civil.id(), "done");
        cases.verify(id, VerificationOutcome.RESOLVED, "OP");
        cases.close(id, "OP");
    }
}
