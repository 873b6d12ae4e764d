package org.wangge.spring.boot.autoconfigure.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.ProcessEngine;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.spring.boot.autoconfigure.WanggeChecks;

/**
 * The Micrometer meters: {@code wangge.check} (timer, tag pack), {@code wangge.findings} (counter, tags severity
 * and constraint), and the gauges {@code wangge.cases.open} and {@code wangge.cases.overdue}. Not API.
 */
public final class WanggeMetrics implements WanggeChecks.Listener {

    /** The case-handling process's key (kernel-process: case-handling.bpmn20.xml). */
    static final String CASE_PROCESS = "wanggeCaseHandling";

    private final MeterRegistry registry;

    /** @param registry the application's registry */
    public WanggeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void checked(CheckReport report, long nanos) {
        Timer.builder("wangge.check").description("how long a check of a snapshot against the Measures takes")
                .tag("pack", report.pack().name() + " " + report.pack().version()).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        for (Finding f : report.findings()) {
            Counter.builder("wangge.findings").description("findings of checks, by severity, basis and constraint")
                    .tag("severity", f.severity().name()).tag("basis", f.basis() == null ? "NONE" : f.basis().name())
                    .tag("constraint", f.constraintId()).register(registry).increment();
        }
    }

    /**
     * Registers the open and overdue case gauges on the engine.
     *
     * @param engine the process engine
     */
    public void bindCases(ProcessEngine engine) {
        Gauge.builder("wangge.cases.open", engine, e -> e.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CASE_PROCESS).count()).description("cases in handling (not closed)").register(registry);
        Gauge.builder("wangge.cases.overdue", engine, e -> e.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CASE_PROCESS).variableValueEquals("overdue", true).count())
                .description("open cases whose deadline passed while their step is open").register(registry);
    }
}
