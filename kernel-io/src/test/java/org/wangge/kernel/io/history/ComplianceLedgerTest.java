package org.wangge.kernel.io.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.io.report.SampleReports;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;

/** The ledger on embedded H2 and on PostgreSQL (127.0.0.1:5432, user postgres, trust; skipped when absent unless required). */
class ComplianceLedgerTest {

    static final LocalDate D1 = LocalDate.of(2025, 4, 30);
    static final LocalDate D2 = LocalDate.of(2025, 5, 31);
    static final LocalDate D3 = LocalDate.of(2025, 6, 30);

    static Finding finding(String constraint, int article, String grid, LocalDate asOf) {
        return new Finding(constraint, new Citation(article, 1, 0), Severity.WARNING, new Subject("Grid", grid), asOf, asOf, "网格户数不符", "grid size",
                Map.of("households", "260"), null, constraint + " rule", "art08.drl");
    }

    static CheckReport check(LocalDate asOf, String... findings) {
        List<Finding> list = new java.util.ArrayList<>();
        for (String f : findings) {
            String[] p = f.split(" ");
            list.add(finding(p[0], Integer.parseInt(p[0].substring(3, 5)), p[1], asOf));
        }
        return new CheckReport(SampleReports.PACK, "510300", asOf, list);
    }

    /** Three checks whose breaches change: G-1 stays, G-2 is cured, G-3 appears, G-4 comes back after a gap. */
    static void threeChecks(ComplianceLedger ledger) {
        CheckHistory h1 = ledger.record(check(D1, "ZG-08-01 G-1", "ZG-08-01 G-2", "ZG-07-03 G-4"));
        assertThat(h1.checks()).hasSize(1);
        assertThat(h1.newCount()).isEqualTo(3);
        assertThat(h1.resolved()).isEmpty();

        CheckHistory h2 = ledger.record(check(D2, "ZG-08-01 G-1", "ZG-08-01 G-2", "ZG-08-01 G-3"));
        assertThat(h2.newCount()).isEqualTo(1);
        assertThat(h2.persistingCount()).isEqualTo(2);
        assertThat(h2.resolved()).extracting(TrackedFinding::key).containsExactly("ZG-07-03|Grid|G-4");

        CheckHistory h3 = ledger.record(check(D3, "ZG-08-01 G-1", "ZG-08-01 G-3", "ZG-07-03 G-4", "ZG-07-03 G-4"));
        assertThat(h3.checks()).extracting(RecordedCheck::asOf).containsExactly(D1, D2, D3);
        TrackedFinding g1 = h3.of(finding("ZG-08-01", 8, "G-1", D3)).orElseThrow();
        assertThat(g1.status()).isEqualTo(FindingStatus.PERSISTING);
        assertThat(g1.firstSeen()).isEqualTo(D1);
        assertThat(g1.ageDays()).isEqualTo(61);
        TrackedFinding g3 = h3.of(finding("ZG-08-01", 8, "G-3", D3)).orElseThrow();
        assertThat(g3.firstSeen()).isEqualTo(D2);
        TrackedFinding g4 = h3.of(finding("ZG-07-03", 7, "G-4", D3)).orElseThrow();
        assertThat(g4.status()).as("back after a gap: new again").isEqualTo(FindingStatus.NEW);
        assertThat(g4.firstSeen()).isEqualTo(D3);
        assertThat(h3.resolved()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("ZG-08-01|Grid|G-2");
            assertThat(r.firstSeen()).isEqualTo(D1);
            assertThat(r.status()).isEqualTo(FindingStatus.RESOLVED);
        });
        // the trend by article over the three checks (ZG-07-03 twice on G-4 in the third: 2 occurrences)
        assertThat(h3.trendByArticle()).containsEntry(7, List.of(1L, 0L, 2L)).containsEntry(8, List.of(2L, 3L, 2L));
        assertThat(ledger.latest("510300")).map(h -> h.current().asOf()).contains(D3);
        assertThat(ledger.latest("511000")).isEmpty();
        assertThat(ledger.checks("510300")).extracting(RecordedCheck::total).containsExactly(3L, 3L, 4L);
    }

    @Test
    void records_three_checks_on_embedded_h2_in_a_folder(@TempDir Path dir) {
        try (ComplianceLedger ledger = ComplianceLedger.open(dir.toString())) {
            threeChecks(ledger);
        }
        // reopened: the schema is kept, the checks are there
        try (ComplianceLedger again = ComplianceLedger.open(dir.toString())) {
            assertThat(again.checks("510300")).hasSize(3);
        }
        assertThat(dir.resolve("ledger.mv.db")).exists();
    }

    @Test
    void a_folder_becomes_an_h2_url_and_a_jdbc_url_stays() {
        assertThat(ComplianceLedger.jdbcUrl("jdbc:postgresql://127.0.0.1:5432/test")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(ComplianceLedger.jdbcUrl("/tmp/x")).startsWith("jdbc:h2:file:/tmp/x/ledger");
    }

    @Test
    void subject_ids_are_stored_masked() {
        Finding leak = new Finding("ZG-13-02", new Citation(13, 0, 2), Severity.WARNING, new Subject("GridWorker", SampleReports.ID_NUMBER), D1, D1,
                "疑似", "suspected", Map.of(), null, "r", "f.drl");
        assertThat(CheckHistory.keyOf(leak)).doesNotContain(SampleReports.ID_NUMBER).startsWith("ZG-13-02|GridWorker|");
    }

    @Test
    void records_three_checks_on_postgresql() throws SQLException {
        String url = freshPostgresDatabase();
        try (ComplianceLedger ledger = ComplianceLedger.open(url + "?user=postgres")) {
            threeChecks(ledger);
        } finally {
            drop(url);
        }
    }

    // --- PostgreSQL, as kernel-process's Fixtures do it -------------------------------------------------------------

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    static boolean postgresRequired() {
        return Boolean.parseBoolean(System.getProperty("wangge.require.postgres", System.getenv().getOrDefault("WANGGE_REQUIRE_POSTGRES", "false")));
    }

    static boolean postgresAnswers() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static String freshPostgresDatabase() {
        boolean up = postgresAnswers();
        if (!up && postgresRequired()) {
            throw new AssertionError("PostgreSQL does not answer on 127.0.0.1:5432 but WANGGE_REQUIRE_POSTGRES/wangge.require.postgres=true");
        }
        Assumptions.assumeTrue(up, "PostgreSQL does not answer on 127.0.0.1:5432 (user postgres, trust): the ledger's PostgreSQL test is"
                + " skipped; the H2 test ran");
        String name = "wangge_ledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (postgresRequired()) {
                throw new AssertionError("PostgreSQL answers but database test cannot be used to create one: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL answers but a database cannot be created as user postgres: " + e.getMessage());
        }
        return PG + name;
    }

    static void drop(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // left behind: harmless, named wangge_ledger_*
        }
    }
}
