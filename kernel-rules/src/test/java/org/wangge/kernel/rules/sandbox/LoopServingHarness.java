package org.wangge.kernel.rules.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.RuleBudgetException;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Run in a child JVM by {@link LoopServingTest} (at {@code -Xmx1g}): while one thread checks with a pack whose rules
 * loop for ever (a consequence that never returns, then an insert flood), the main thread goes on checking the
 * compliant city with the built-in pack. Prints what happened; exits 0 only when both runaways were stopped by their
 * budget and the other checks went on.
 *
 * <p>Arguments: the directory of the loop pack, the directory of the flood pack.
 */
public final class LoopServingHarness {

    private LoopServingHarness() {
    }

    public static void main(String[] args) throws Exception {
        CitySnapshot city = CompliantCity.snapshot();
        RuleEngine serving = RuleEngine.zigong();
        RuleEngine loop = RuleEngine.builder().withPackDirectory(Path.of(args[0]))
                .checkBudget(new CheckBudget(100, 4, Duration.ofSeconds(5))).build();
        RuleEngine flood = RuleEngine.fromDirectory(Path.of(args[1]));
        AtomicBoolean done = new AtomicBoolean();
        StringBuilder stopped = new StringBuilder();
        Thread runaway = new Thread(() -> {
            for (RuleEngine e : new RuleEngine[] {loop, flood}) {
                try {
                    e.check(city, LocalDate.of(2030, 1, 15));
                    stopped.append("NOT-STOPPED ");
                } catch (RuleBudgetException b) {
                    stopped.append(b.limit()).append(':').append(b.ruleName()).append(' ');
                }
            }
            done.set(true);
        }, "runaway");
        runaway.start();
        int served = 0;
        while (!done.get()) {
            if (serving.check(city, CompliantCity.AS_OF).findings().isEmpty()) {
                served++;
            }
        }
        runaway.join();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("STOPPED " + stopped.toString().strip());
        System.out.println("SERVED " + served);
        System.out.println("HEAP-PEAK-MB " + peak / (1024 * 1024) + " of " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.exit(stopped.toString().contains("NOT-STOPPED") || served == 0 ? 1 : 0);
    }
}
