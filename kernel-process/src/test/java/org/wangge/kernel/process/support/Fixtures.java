package org.wangge.kernel.process.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.WanggeProcesses;
import org.wangge.kernel.rules.RuleEngine;

/** Engines on H2 or PostgreSQL, the shared rule engine, organisations and the clock, for the process tests. */
public final class Fixtures {

    /** The PostgreSQL server the PostgreSQL variants use. */
    public static final String PG_HOST = "127.0.0.1";
    /** Its port (5432; {@code -Dwangge.test.postgres.port=N} points the tests elsewhere, e.g. to see them skip). */
    public static final int PG_PORT = Integer.getInteger("wangge.test.postgres.port", 5432);
    /** Its user (trust authentication). */
    public static final String PG_USER = "postgres";

    /** The database variants every process test class runs on. */
    public static final String H2 = "h2";
    /** The PostgreSQL variant. */
    public static final String POSTGRESQL = "postgresql";

    /** A justice-administration department (CompliantCity has none). */
    public static final String JUSTICE = "ORG-ZLJ-JUSTICE";
    /** A department of kind OTHER. */
    public static final String OTHER_DEPARTMENT = "ORG-ZLJ-OTHER";

    private static volatile RuleEngine rules;
    private static volatile Boolean postgresAnswers;

    private Fixtures() {
    }

    /** The version of the amended pack. */
    public static final String AMENDED_VERSION = "2025.1";
    private static final java.util.Set<String> AMENDED_FILES = java.util.Set.of("pack.properties", "constraints.tsv", "messages.tsv", "labels.tsv",
            "parameters.toml", "definitions.drl", "routing.drl.csv", "art02-scope.drl", "art15-platform-and-departments.drl",
            "art23-obstruction.drl", "queries.drl");

    /** The day the amended pack comes into force. */
    public static final java.time.LocalDate AMENDED_IN_FORCE = java.time.LocalDate.of(2025, 1, 1);
    /** The amended pack's handling limit (the built-in pack's is 5 working days). */
    public static final int AMENDED_HANDLE_LIMIT = 3;

    /**
     * The rule engine every test shares, built once per test run: the built-in Zigong pack (2024.1, in force
     * from 2024-02-01) and an amendment of it ({@value #AMENDED_VERSION}, in force from 2025-01-01, with a
     * handling limit of {@value #AMENDED_HANDLE_LIMIT} working days), as a host loads an amendment ahead of
     * its in-force date. The amendment holds only the case-handling rules (routing, Art. 2, 15, 23): tests
     * that need other articles run on 2024 dates.
     *
     * @return the engine
     */
    public static RuleEngine rules() {
        if (rules == null) {
            synchronized (Fixtures.class) {
                if (rules == null) {
                    rules = RuleEngine.builder().withBuiltInZigongPack().withPackDirectory(amendedPackDirectory()).build();
                }
            }
        }
        return rules;
    }

    private static volatile java.nio.file.Path amendedPack;

    /** @return a directory holding the amended pack (made once per test run) */
    public static java.nio.file.Path amendedPackDirectory() {
        if (amendedPack == null) {
            synchronized (Fixtures.class) {
                if (amendedPack == null) {
                    amendedPack = amendedPack();
                }
            }
        }
        return amendedPack;
    }

    private static java.nio.file.Path amendedPack() {
        try {
            java.net.URL url = RuleEngine.class.getClassLoader().getResource(RuleEngine.ZIGONG_PACK);
            java.nio.file.Path target = java.nio.file.Files.createTempDirectory("wangge-amended-pack");
            if ("jar".equals(url.getProtocol())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(url.toURI(), java.util.Map.of())) {
                    copy(jar.getPath(RuleEngine.ZIGONG_PACK), target);
                }
            } else {
                copy(java.nio.file.Path.of(url.toURI()), target);
            }
            // Trimmed to the files case handling needs (routing, Art. 15, Art. 23), so it compiles in a second or two.
            try (var files = java.nio.file.Files.list(target)) {
                for (java.nio.file.Path f : files.toList()) {
                    if (!AMENDED_FILES.contains(f.getFileName().toString())) {
                        java.nio.file.Files.delete(f);
                    }
                }
            }
            java.nio.file.Path props = target.resolve("pack.properties");
            String p = java.nio.file.Files.readString(props)
                    .replaceAll("(?m)^version=.*$", "version=" + AMENDED_VERSION)
                    .replaceAll("(?m)^in-force-from=.*$", "in-force-from=" + AMENDED_IN_FORCE);
            java.nio.file.Files.writeString(props, p);
            java.nio.file.Files.writeString(target.resolve("parameters.toml"), "\n[[parameter]]\n"
                    + "name = \"case.handle.limit.working-days\"\nvalue = " + AMENDED_HANDLE_LIMIT + "\nunit = \"working-days\"\n"
                    + "citation = \"Art. 15 ¶2\"\nsource = \"policy-default\"\neffective-from = " + AMENDED_IN_FORCE + "\n"
                    + "note = \"test amendment: a shorter handling limit\"\n", java.nio.file.StandardOpenOption.APPEND);
            return target;
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot copy the built-in pack", e);
        }
    }

    private static void copy(java.nio.file.Path from, java.nio.file.Path to) throws IOException {
        try (var files = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                java.nio.file.Path dest = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(dest);
                } else {
                    java.nio.file.Files.copy(f, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** @return every organisation of the compliant city, plus a justice department and a department of kind OTHER */
    public static List<Organisation> organisations() {
        List<Organisation> all = new ArrayList<>(CompliantCity.snapshot().organisations());
        all.add(new Organisation(JUSTICE, "自流井区司法局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY,
                DepartmentKind.JUSTICE_ADMINISTRATION, "510302", null));
        all.add(new Organisation(OTHER_DEPARTMENT, "自流井区某局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY,
                DepartmentKind.OTHER, "510302", null));
        return all;
    }

    /** @return whether PostgreSQL answers on 127.0.0.1:5432 */
    public static boolean postgresAnswers() {
        if (postgresAnswers == null) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(PG_HOST, PG_PORT), 500);
                postgresAnswers = true;
            } catch (IOException e) {
                postgresAnswers = false;
                System.err.println("[wangge] PostgreSQL does not answer on " + PG_HOST + ":" + PG_PORT
                        + (postgresRequired() ? ": the PostgreSQL variants of the kernel-process tests FAIL (" + REQUIRE_POSTGRES + "=true)"
                                : ": the PostgreSQL variants of the kernel-process tests are skipped"));
            }
        }
        return postgresAnswers;
    }

    /**
     * Skips the calling test when its database is PostgreSQL and PostgreSQL does not answer.
     *
     * @param database {@link #H2} or {@link #POSTGRESQL}
     */
    public static void assumeDatabase(String database) {
        if (POSTGRESQL.equals(database)) {
            assumePostgres();
        }
    }

    /**
     * Whether PostgreSQL is required: system property {@value #REQUIRE_POSTGRES} or environment variable
     * {@code WANGGE_REQUIRE_POSTGRES} set to {@code true} (as {@code .ci/run} does), so that a missing server fails
     * the PostgreSQL variants instead of skipping them.
     */
    public static final String REQUIRE_POSTGRES = "wangge.require.postgres";

    /** @return whether a missing PostgreSQL server fails the tests instead of skipping them */
    public static boolean postgresRequired() {
        return Boolean.parseBoolean(System.getProperty(REQUIRE_POSTGRES, System.getenv().getOrDefault("WANGGE_REQUIRE_POSTGRES", "false")));
    }

    /** Skips the calling test when PostgreSQL does not answer, or fails it when PostgreSQL is {@linkplain #postgresRequired() required}. */
    public static void assumePostgres() {
        if (!postgresAnswers() && postgresRequired()) {
            throw new AssertionError("PostgreSQL does not answer on " + PG_HOST + ":" + PG_PORT + " (user postgres, trust auth) but "
                    + REQUIRE_POSTGRES + "=true: the PostgreSQL variants must run. Start the server (.ci/run installs and starts it)"
                    + " or unset " + REQUIRE_POSTGRES + " to skip them");
        }
        Assumptions.assumeTrue(postgresAnswers(), "PostgreSQL does not answer on " + PG_HOST + ":" + PG_PORT
                + " (user postgres, trust auth): the PostgreSQL variant is skipped; the H2 variant ran");
    }

    /**
     * Creates a fresh PostgreSQL database.
     *
     * @return its JDBC URL
     */
    public static String freshPostgresDatabase() {
        assumePostgres();
        String name = "wangge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url("postgres"), PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL answers but a database cannot be created as user postgres: " + e.getMessage());
        }
        return url(name);
    }

    /** @param jdbcUrl a database made by {@link #freshPostgresDatabase()} to drop */
    public static void dropPostgresDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(url("postgres"), PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // left behind: harmless, named wangge_test_*
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
    }

    /**
     * A builder for the given database, with the shared rules and the organisations.
     *
     * @param database {@link #H2} or {@link #POSTGRESQL}
     * @return the builder (for PostgreSQL, on a fresh database)
     */
    public static WanggeProcesses.Builder builder(String database) {
        // The compliant city's grids and workers are registered: steps naming others are refused (InvalidInputException).
        WanggeProcesses.Builder b = WanggeProcesses.builder().rules(rules()).city(CompliantCity.snapshot()).organisations(organisations());
        if (POSTGRESQL.equals(database)) {
            b.jdbc(freshPostgresDatabase(), PG_USER, "");
        }
        return b;
    }

    private static final java.util.Map<String, WanggeProcesses> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The processes every test class of a database shares (one engine per database and test run, closed at
     * JVM exit; tests use their own ids). Starting an engine on a fresh database takes seconds (schema creation),
     * so the suite starts one per database.
     *
     * @param database {@link #H2} or {@link #POSTGRESQL}
     * @return the shared processes, or null for PostgreSQL when it does not answer
     */
    public static WanggeProcesses shared(String database) {
        if (POSTGRESQL.equals(database) && !postgresAnswers()) {
            return null; // each test then skips itself (or fails, when PostgreSQL is required) through assumeDatabase, with the reason
        }
        return SHARED.computeIfAbsent(database, d -> {
            WanggeProcesses p = start(d);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(p)));
            return p;
        });
    }

    /**
     * Starts processes on a database and records their flows.
     *
     * @param database {@link #H2} or {@link #POSTGRESQL}
     * @return the processes
     */
    public static WanggeProcesses start(String database) {
        WanggeProcesses p = builder(database).build();
        FlowCoverage.attach(p);
        return p;
    }

    /**
     * Stops processes and drops their PostgreSQL database.
     *
     * @param processes the processes, or null
     */
    public static void stop(WanggeProcesses processes) {
        if (processes == null) {
            return;
        }
        String url = processes.processEngine().getProcessEngineConfiguration().getJdbcUrl();
        processes.close();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            dropPostgresDatabase(url);
        }
    }

    /**
     * Sets the engine's clock.
     *
     * @param processes the processes
     * @param time      the time, in the processes' zone
     */
    public static void clock(WanggeProcesses processes, LocalDateTime time) {
        processes.processEngine().getProcessEngineConfiguration().getClock()
                .setCurrentTime(Date.from(time.atZone(processes.zone()).toInstant()));
    }
}
