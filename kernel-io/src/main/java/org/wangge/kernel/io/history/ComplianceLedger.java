package org.wangge.kernel.io.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.wangge.kernel.model.identity.Masking;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * The compliance ledger (合规台账): a database that records every check (pack, as-of, counts and the key of every
 * finding), so that a check's findings are new or persisting (first seen on…), the previous check's findings it no
 * longer has are resolved, and the number of findings by article can be followed over the checks.
 *
 * <pre>{@code
 * try (ComplianceLedger ledger = ComplianceLedger.open("target/ledger")) {   // embedded H2 in that folder
 *     CheckHistory h = ledger.record(engine.check(snapshot, asOf));
 *     h.newCount(); h.resolved(); h.of(finding).map(TrackedFinding::firstSeen);
 * }
 * }</pre>
 *
 * <p>The schema ({@code wangge_ledger_check}, {@code wangge_ledger_finding}) is created and upgraded by Flyway, with
 * its own history table {@value #SCHEMA_HISTORY_TABLE}, so it can live beside a host's tables. H2 and PostgreSQL are
 * supported; the host puts Flyway ({@code flyway-core}, and {@code flyway-database-postgresql} for PostgreSQL) and the
 * JDBC driver on the class path. Checks are compared within one jurisdiction, ordered by as-of date and then by
 * recording order. Subject ids are stored masked ({@link Masking#maskText(String)}); no message or evidence is stored.
 */
public final class ComplianceLedger implements AutoCloseable {

    /** Flyway's table for the ledger's schema. */
    public static final String SCHEMA_HISTORY_TABLE = "wangge_ledger_schema_history";

    /** Where the migrations are, on the class path. */
    static final String MIGRATIONS = "classpath:org/wangge/kernel/io/history/migration";

    private interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String description;
    private final Clock clock;

    private ComplianceLedger(Connector connector, String description, Clock clock) {
        this.connector = connector;
        this.description = description;
        this.clock = clock;
    }

    /**
     * Opens a ledger, creating or upgrading its schema.
     *
     * @param location a JDBC URL ({@code jdbc:postgresql://127.0.0.1:5432/db?user=…}, {@code jdbc:h2:…}) or a folder,
     *                 where an embedded H2 database {@code ledger.mv.db} is kept (created when missing)
     * @return the ledger
     * @throws LedgerException when the database cannot be reached or migrated
     */
    public static ComplianceLedger open(String location) {
        String url = jdbcUrl(location);
        return open(url, null, null);
    }

    /**
     * @param jdbcUrl  a JDBC URL
     * @param user     the user, or null (then in the URL, or none)
     * @param password the password, or null
     * @return the ledger, its schema migrated
     * @throws LedgerException when the database cannot be reached or migrated
     */
    public static ComplianceLedger open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Connector c = user == null ? () -> DriverManager.getConnection(jdbcUrl) : () -> DriverManager.getConnection(jdbcUrl, user, password);
        ComplianceLedger ledger = new ComplianceLedger(c, shown(jdbcUrl), Clock.systemUTC());
        ledger.migrate(() -> Flyway.configure(ComplianceLedger.class.getClassLoader()).dataSource(jdbcUrl, user, password));
        return ledger;
    }

    /**
     * @param dataSource a host's data source
     * @return the ledger, its schema migrated
     * @throws LedgerException when the database cannot be reached or migrated
     */
    public static ComplianceLedger open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        ComplianceLedger ledger = new ComplianceLedger(dataSource::getConnection, "the host's data source", Clock.systemUTC());
        ledger.migrate(() -> Flyway.configure(ComplianceLedger.class.getClassLoader()).dataSource(dataSource));
        return ledger;
    }

    /**
     * @param location a JDBC URL or a folder
     * @return the URL itself, or the URL of an embedded H2 database {@code ledger} in that folder
     */
    public static String jdbcUrl(String location) {
        Objects.requireNonNull(location, "location");
        String s = location.strip();
        if (s.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return s;
        }
        Path dir = Path.of(s).toAbsolutePath().normalize();
        return "jdbc:h2:file:" + dir.resolve("ledger").toString().replace('\\', '/') + ";DB_CLOSE_DELAY=0";
    }

    /** @return a clone of this ledger whose record times come from the clock (tests) */
    ComplianceLedger withClock(Clock c) {
        return new ComplianceLedger(connector, description, c);
    }

    private void migrate(java.util.function.Supplier<FluentConfiguration> configuration) {
        try {
            configuration.get().locations(MIGRATIONS).table(SCHEMA_HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0")
                    .validateMigrationNaming(true).load().migrate();
        } catch (RuntimeException e) {
            throw new LedgerException("cannot prepare the compliance ledger in " + description + ": " + rootMessage(e), e);
        }
    }

    /**
     * Records a check and tells how its findings stand against the checks before it.
     *
     * @param report a check's report
     * @return its history
     * @throws LedgerException on a database error
     */
    public CheckHistory record(CheckReport report) {
        Objects.requireNonNull(report, "report");
        Map<String, Row> rows = rows(report);
        Map<Severity, Long> counts = report.countsBySeverity();
        long id;
        try (Connection c = connector.connect()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO wangge_ledger_check (jurisdiction, pack_name, pack_version, as_of,"
                        + " recorded_at, violations, warnings, notices) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                    s.setString(1, report.jurisdiction());
                    s.setString(2, report.pack().name());
                    s.setString(3, report.pack().version());
                    s.setDate(4, Date.valueOf(report.asOf()));
                    s.setTimestamp(5, Timestamp.from(clock.instant()));
                    s.setLong(6, counts.get(Severity.VIOLATION));
                    s.setLong(7, counts.get(Severity.WARNING));
                    s.setLong(8, counts.get(Severity.NOTICE));
                    s.executeUpdate();
                    try (ResultSet k = s.getGeneratedKeys()) {
                        k.next();
                        id = k.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO wangge_ledger_finding (check_id, finding_key, constraint_id, article,"
                        + " severity, basis, subject_kind, subject_id, occurrences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int batch = 0;
                    for (Row r : rows.values()) {
                        s.setLong(1, id);
                        s.setString(2, r.key);
                        s.setString(3, r.constraintId);
                        s.setInt(4, r.article);
                        s.setString(5, r.severity.name());
                        s.setString(6, r.basis.name());
                        s.setString(7, r.subjectKind);
                        s.setString(8, r.subjectId);
                        s.setInt(9, r.occurrences);
                        s.addBatch();
                        if (++batch % 500 == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot record the check in the compliance ledger (" + description + "): " + e.getMessage(), e);
        }
        return history(report.jurisdiction(), id).orElseThrow();
    }

    /**
     * @param jurisdiction a jurisdiction
     * @return the history of its latest recorded check (latest as-of, then latest recorded), empty when none
     * @throws LedgerException on a database error
     */
    public Optional<CheckHistory> latest(String jurisdiction) {
        List<RecordedCheck> checks = checks(jurisdiction);
        return checks.isEmpty() ? Optional.empty() : history(jurisdiction, checks.get(checks.size() - 1).id());
    }

    /**
     * @param jurisdiction a jurisdiction
     * @return its recorded checks, by as-of date and then recording order
     * @throws LedgerException on a database error
     */
    public List<RecordedCheck> checks(String jurisdiction) {
        try (Connection c = connector.connect(); PreparedStatement s = c.prepareStatement("SELECT id, jurisdiction, pack_name, pack_version, as_of,"
                + " recorded_at, violations, warnings, notices FROM wangge_ledger_check WHERE jurisdiction = ? ORDER BY as_of, id")) {
            s.setString(1, jurisdiction);
            List<RecordedCheck> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new RecordedCheck(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getDate(5).toLocalDate(),
                            r.getTimestamp(6).toInstant(), r.getLong(7), r.getLong(8), r.getLong(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException("cannot read the compliance ledger (" + description + "): " + e.getMessage(), e);
        }
    }

    /**
     * @param jurisdiction a jurisdiction
     * @param checkId      one of its recorded checks
     * @return that check's history against the checks before it, empty when there is no such check
     * @throws LedgerException on a database error
     */
    public Optional<CheckHistory> history(String jurisdiction, long checkId) {
        List<RecordedCheck> all = checks(jurisdiction);
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == checkId) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        List<RecordedCheck> upTo = all.subList(0, at + 1);
        try (Connection c = connector.connect()) {
            RecordedCheck current = upTo.get(at);
            Map<String, Row> now = findings(c, current.id());
            Map<String, TrackedFinding> open = new LinkedHashMap<>();
            List<TrackedFinding> resolved = new ArrayList<>();
            Map<String, LocalDate> firstSeen = new HashMap<>();
            now.keySet().forEach(k -> firstSeen.put(k, current.asOf()));
            Set<String> streak = new HashSet<>(now.keySet());
            Map<String, Row> previous = null;
            for (int i = at - 1; i >= 0 && !streak.isEmpty(); i--) {
                Map<String, Row> earlier = findings(c, upTo.get(i).id());
                if (previous == null) {
                    previous = earlier;
                }
                LocalDate day = upTo.get(i).asOf();
                streak.removeIf(k -> !earlier.containsKey(k));
                streak.forEach(k -> firstSeen.put(k, day));
            }
            if (previous == null && at > 0) {
                previous = findings(c, upTo.get(at - 1).id());
            }
            Set<String> before = previous == null ? Set.of() : previous.keySet();
            for (Row r : now.values()) {
                LocalDate first = firstSeen.get(r.key);
                FindingStatus status = before.contains(r.key) ? FindingStatus.PERSISTING : FindingStatus.NEW;
                open.put(r.key, r.tracked(status, first, ChronoUnit.DAYS.between(first, current.asOf())));
            }
            if (previous != null) {
                Map<String, LocalDate> prevFirst = at > 0 ? firstSeenOf(c, upTo.subList(0, at), previous.keySet()) : Map.of();
                for (Row r : previous.values()) {
                    if (!now.containsKey(r.key)) {
                        LocalDate first = prevFirst.getOrDefault(r.key, upTo.get(at - 1).asOf());
                        resolved.add(r.tracked(FindingStatus.RESOLVED, first, ChronoUnit.DAYS.between(first, current.asOf())));
                    }
                }
            }
            return Optional.of(new CheckHistory(upTo, open, resolved, trend(c, upTo)));
        } catch (SQLException e) {
            throw new LedgerException("cannot read the compliance ledger (" + description + "): " + e.getMessage(), e);
        }
    }

    /** First day of the unbroken run ending at the last of {@code checks}, for each key of that last check. */
    private Map<String, LocalDate> firstSeenOf(Connection c, List<RecordedCheck> checks, Set<String> keys) throws SQLException {
        Map<String, LocalDate> first = new HashMap<>();
        Set<String> streak = new HashSet<>(keys);
        keys.forEach(k -> first.put(k, checks.get(checks.size() - 1).asOf()));
        for (int i = checks.size() - 2; i >= 0 && !streak.isEmpty(); i--) {
            Set<String> earlier = findings(c, checks.get(i).id()).keySet();
            LocalDate day = checks.get(i).asOf();
            streak.removeIf(k -> !earlier.contains(k));
            streak.forEach(k -> first.put(k, day));
        }
        return first;
    }

    private static SortedMap<Integer, List<Long>> trend(Connection c, List<RecordedCheck> checks) throws SQLException {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            index.put(checks.get(i).id(), i);
        }
        SortedMap<Integer, List<Long>> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT f.check_id, f.article, SUM(f.occurrences) FROM wangge_ledger_finding f"
                + " JOIN wangge_ledger_check k ON k.id = f.check_id WHERE k.jurisdiction = ? GROUP BY f.check_id, f.article")) {
            s.setString(1, checks.get(0).jurisdiction());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Integer i = index.get(r.getLong(1));
                    if (i == null) {
                        continue;
                    }
                    List<Long> series = out.computeIfAbsent(r.getInt(2), a -> {
                        List<Long> l = new ArrayList<>();
                        checks.forEach(x -> l.add(0L));
                        return l;
                    });
                    series.set(i, r.getLong(3));
                }
            }
        }
        out.replaceAll((a, l) -> List.copyOf(l));
        return out;
    }

    private static Map<String, Row> findings(Connection c, long checkId) throws SQLException {
        Map<String, Row> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT finding_key, constraint_id, article, severity, basis, subject_kind, subject_id,"
                + " occurrences FROM wangge_ledger_finding WHERE check_id = ? ORDER BY finding_key")) {
            s.setLong(1, checkId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Row row = new Row(r.getString(1), r.getString(2), r.getInt(3), Severity.valueOf(r.getString(4)), Basis.valueOf(r.getString(5)),
                            r.getString(6), r.getString(7));
                    row.occurrences = r.getInt(8);
                    out.put(row.key, row);
                }
            }
        }
        return out;
    }

    private static Map<String, Row> rows(CheckReport report) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            String key = CheckHistory.keyOf(f);
            Row r = rows.computeIfAbsent(key, k -> new Row(k, f.constraintId(), f.citation().article(), f.severity(), f.basis(),
                    f.subject().kind(), Masking.maskText(f.subject().id())));
            r.occurrences++;
            if (f.severity().compareTo(r.severity) < 0) {
                r.severity = f.severity(); // the gravest, when one subject breaches one constraint more than once
            }
        }
        return rows;
    }

    /** Nothing to release: connections are opened per call. */
    @Override
    public void close() {
        // connections are opened and closed per operation; an embedded H2 database closes with its last connection
    }

    @Override
    public String toString() {
        return "ComplianceLedger(" + description + ")";
    }

    private static String shown(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return base.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("(?i)(password|pwd)=[^;&\\s]*", "$1=***");
    }

    private static final class Row {
        final String key;
        final String constraintId;
        final int article;
        Severity severity;
        final Basis basis;
        final String subjectKind;
        final String subjectId;
        int occurrences;

        Row(String key, String constraintId, int article, Severity severity, Basis basis, String subjectKind, String subjectId) {
            this.key = key;
            this.constraintId = constraintId;
            this.article = article;
            this.severity = severity;
            this.basis = basis;
            this.subjectKind = subjectKind;
            this.subjectId = subjectId;
        }

        TrackedFinding tracked(FindingStatus status, LocalDate firstSeen, long age) {
            return new TrackedFinding(key, constraintId, article, severity, basis, subjectKind, subjectId, status, firstSeen, age);
        }
    }
}
