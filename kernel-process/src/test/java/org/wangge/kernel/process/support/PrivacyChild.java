package org.wangge.kernel.process.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.AdmissionApplication;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.NewCase;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The JVM of the personal-data test, started with every logger at DEBUG: runs cases, an admission and a misconduct
 * case with the given personal text in every free-text field, provokes refusals, then prints the refusals' messages,
 * the audit trails and every row of every table of its database. The parent searches all of it (and the log) for the
 * raw values.
 */
public final class PrivacyChild {

    private PrivacyChild() {
    }

    /**
     * @param args the rule-pack directory (or {@code built-in}) and the personal text to put in every free-text field
     * @throws Exception when the run fails (the parent then fails too)
     */
    public static void main(String[] args) throws Exception {
        String text = args[1];
        WanggeProcesses p = WanggeProcesses.builder().rules(args[0].equals("built-in") ? RuleEngine.zigong() : RuleEngine.fromDirectory(Path.of(args[0])))
                .city(CompliantCity.snapshot()).organisations(Fixtures.organisations()).build();
        Fixtures.clock(p, LocalDateTime.of(2024, 9, 27, 10, 0));
        List<String> out = new ArrayList<>();
        CaseHandling cases = p.caseHandling();
        String worker = CompliantCity.WORKER_COMMUNITY;
        String psb = CompliantCity.PUBLIC_SECURITY;
        cases.reportCase(new NewCase("PD-1", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                CompliantCity.COMMUNITY_GRID, worker, "summary: " + text));
        cases.accept("PD-1", "OP");
        cases.assign("PD-1", psb, "OP");
        refusal(out, () -> cases.handBack("PD-1", CompliantCity.CIVIL_AFFAIRS, "wrong department: " + text));
        cases.handBack("PD-1", psb, "hand-back reason: " + text);
        cases.assign("PD-1", psb, "OP");
        cases.supervise("PD-1", CompliantCity.ZLJ_AGENCY, "supervision reason: " + text);
        cases.feedBack("PD-1", psb, "feedback: " + text);
        cases.verify("PD-1", VerificationOutcome.UNRESOLVED, "OP");
        cases.feedBack("PD-1", psb, "second feedback: " + text);
        cases.verify("PD-1", VerificationOutcome.RESOLVED, "OP");
        cases.close("PD-1", "OP");
        cases.collect(new NewCase("PD-2", CaseSource.WORKER_DISCOVERY, MatterCategory.DISPUTES, false, false,
                CompliantCity.COMMUNITY_GRID, worker, "summary: " + text));
        refusal(out, () -> cases.resolveOnSpot("PD-2", "W-2", "on-the-spot note by the wrong worker: " + text));
        cases.resolveOnSpot("PD-2", worker, "on-the-spot note: " + text);
        refusal(out, () -> cases.collect(new NewCase("PD-3", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                "G-NOWHERE", worker, "summary of a refused case: " + text)));
        out.add("STATE " + cases.state("PD-1"));
        cases.auditTrail("PD-1").forEach(e -> out.add("AUDIT " + e));
        cases.auditTrail("PD-2").forEach(e -> out.add("AUDIT " + e));

        var admission = p.matterAdmission();
        admission.apply(new AdmissionApplication("PD-A", CompliantCity.CIVIL_AFFAIRS, "M-PD", "高龄津贴信息采集", MatterCategory.BASIC_INFORMATION,
                MatterNature.INFORMATION_COLLECTION, CompliantCity.MATTER_LIST, Set.of(CompliantCity.COMMUNITY_GRID), "purpose: " + text));
        admission.consent("PD-A", CompliantCity.CITY_AGENCY, true, "consent note: " + text);
        admission.confirmResources("PD-A", CompliantCity.CIVIL_AFFAIRS, 2, new BigDecimal("50000"), EnumSet.of(SupportKind.TRAINING));
        admission.auditTrail("PD-A").forEach(e -> out.add("AUDIT " + e));

        var misconduct = p.misconductHandling();
        misconduct.openFromComplaint(new Complaint("PD-M", worker, ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, LocalDate.of(2024, 9, 20),
                "R-1", null, Substantiation.PENDING, null));
        misconduct.investigate("PD-M", true, CompliantCity.ZLJ_AGENCY, "investigation findings: " + text);
        misconduct.applyConsequence("PD-M", CompliantCity.ZLJ_AGENCY, "consequence note: " + text);
        misconduct.auditTrail("PD-M").forEach(e -> out.add("AUDIT " + e));

        String url = p.processEngine().getProcessEngineConfiguration().getJdbcUrl();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder("ROW ").append(table);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = r.getObject(i);
                            row.append(" | ").append(v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : v);
                        }
                        out.add(row.toString());
                    }
                }
            }
            out.add("TABLES " + tables.size());
        }
        p.close();
        out.forEach(System.out::println);
        System.out.println("DONE");
    }

    private static void refusal(List<String> out, Runnable call) {
        try {
            call.run();
            out.add("NOT REFUSED");
        } catch (RuntimeException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            out.add("REFUSED " + trace);
        }
    }
}
