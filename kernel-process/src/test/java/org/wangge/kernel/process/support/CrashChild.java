package org.wangge.kernel.process.support;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The JVM the crash test kills: opens cases at several steps on a PostgreSQL database, says {@code READY},
 * then keeps reporting new cases (printing {@code COMMITTED id} after each) until it is killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /**
     * @param args the JDBC URL and the directory of the rule pack to load
     */
    public static void main(String[] args) {
        WanggeProcesses p = WanggeProcesses.builder().jdbc(args[0], Fixtures.PG_USER, "").rules(RuleEngine.fromDirectory(Path.of(args[1])))
                .organisations(Fixtures.organisations()).build();
        Fixtures.clock(p, LocalDateTime.of(2024, 9, 27, 10, 0));
        var cases = p.caseHandling();
        cases.collect(dispute("CR-collected"));
        cases.reportCase(dispute("CR-reported"));
        cases.reportCase(dispute("CR-assigned"));
        cases.accept("CR-assigned", "OP");
        cases.assign("CR-assigned", CompliantCity.PUBLIC_SECURITY, "OP");
        p.gridChangeFiling().propose(new GridChange("CR-change", GridChangeKind.ADJUSTMENT, Set.of(CompliantCity.COMMUNITY_GRID),
                CompliantCity.ZLJ_AGENCY, LocalDateTime.of(2024, 9, 27, 0, 0).toLocalDate(), null, null, null), CompliantCity.snapshot());
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            String id = "CR-loop-" + i;
            cases.reportCase(dispute(id));
            System.out.println("COMMITTED " + id);
            System.out.flush();
        }
    }

    static NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, CompliantCity.COMMUNITY_GRID,
                CompliantCity.WORKER_COMMUNITY, "dispute");
    }
}
