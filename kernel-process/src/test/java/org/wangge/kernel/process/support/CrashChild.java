package org.wangge.kernel.process.support;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.db.DbSqlSession;
import org.flowable.common.engine.api.variable.VariableContainer;
import java.time.LocalDateTime;
import java.util.Set;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.process.internal.CaseProcess;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The JVM the crash test kills: opens cases at several steps on a PostgreSQL database, says {@code READY}, reports
 * three more (printing {@code COMMITTED id} after each), then starts {@link #IN_FLIGHT} and blocks inside its
 * transaction (printing {@code INSIDE id}) until it is killed.
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
        for (int i = 0; i < 3; i++) {
            String id = "CR-loop-" + i;
            cases.reportCase(dispute(id));
            System.out.println("COMMITTED " + id);
            System.out.flush();
        }
        // The next case is killed INSIDE its transaction: when its first task is created, the listener (in the transaction
        // that starts the case) writes everything the engine has so far (instance, variables, report-limit timer, task,
        // audit entry, the id's claim) to the database
        // uncommitted, says INSIDE, and blocks in a JDBC statement until the parent kills this JVM.
        p.processEngine().getRuntimeService().addEventListener(new HoldInside(), FlowableEngineEventType.TASK_CREATED);
        cases.reportCase(dispute(IN_FLIGHT));
        System.out.println("NOT KILLED");
        System.exit(3);
    }

    /** The case the child is writing when it is killed. */
    public static final String IN_FLIGHT = "CR-inflight";

    /** Blocks the transaction that starts {@link #IN_FLIGHT}, after flushing it. */
    static final class HoldInside implements FlowableEventListener {
        @Override
        public void onEvent(FlowableEvent event) {
            if (event instanceof FlowableEntityEvent e && e.getEntity() instanceof VariableContainer task
                    && task.getVariable(CaseProcess.NAME) instanceof CaseProcess state && IN_FLIGHT.equals(state.caseId())) {
                DbSqlSession session = Context.getCommandContext().getSession(DbSqlSession.class);
                session.flush();
                try (Statement s = session.getSqlSession().getConnection().createStatement()) {
                    // PostgreSQL 14+: notice the killed client while the statement runs (as it would after any statement) and
                    // roll the transaction back, instead of finishing the sleep first
                    s.execute("SET client_connection_check_interval = '200ms'");
                    System.out.println("INSIDE " + IN_FLIGHT);
                    System.out.flush();
                    s.execute("SELECT pg_sleep(600)");
                } catch (SQLException x) {
                    throw new IllegalStateException(x);
                }
            }
        }

        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    }

    /**
     * @param id a case id
     * @return a resident's dispute in the community grid
     */
    public static NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, CompliantCity.COMMUNITY_GRID,
                CompliantCity.WORKER_COMMUNITY, "dispute");
    }
}
