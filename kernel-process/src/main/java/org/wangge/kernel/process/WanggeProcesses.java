package org.wangge.kernel.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.calendar.WorkingDayCalendarLoader;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.process.internal.CaseSteps;
import org.wangge.kernel.process.internal.EngineConfiguration;
import org.wangge.kernel.process.internal.GridSteps;
import org.wangge.kernel.process.internal.HostTransactions;
import org.wangge.kernel.process.internal.SchemaDataSource;
import org.wangge.kernel.process.internal.InstanceClock;
import org.wangge.kernel.process.internal.Kernel;
import org.wangge.kernel.process.internal.MatterSteps;
import org.wangge.kernel.process.internal.MisconductSteps;
import org.wangge.kernel.rules.RuleEngine;

/**
 * The Wangge processes on an embedded Flowable engine: case handling, grid-change filing, matter
 * admission and misconduct handling, with deadlines on the PRC working-day calendar.
 *
 * <pre>{@code
 * try (WanggeProcesses processes = WanggeProcesses.embeddedH2()) {       // zero setup: in-memory H2
 *     processes.register(cityAgency, civilAffairs);                      // the organisations steps name
 *     processes.caseHandling().reportCase(newCase);
 * }
 * WanggeProcesses production = WanggeProcesses.jdbc("jdbc:postgresql://db/wangge", "wangge", secret);
 * }</pre>
 *
 * The engine's tables are created or updated on start; the process definitions are deployed once per
 * change (unchanged files create no new version). Running subjects keep the process version and the
 * rule-pack version they started under. Hosts need no Flowable API on the normal path and can still
 * reach the engine through {@link #processEngine()}.
 */
public final class WanggeProcesses implements AutoCloseable {

    /** The classpath folder of the BPMN files. */
    public static final String BPMN_FOLDER = "org/wangge/kernel/process/";
    /** The BPMN files, in the folder {@link #BPMN_FOLDER}. */
    public static final List<String> BPMN_FILES = List.of("case-handling.bpmn20.xml", "grid-change-filing.bpmn20.xml",
            "matter-admission.bpmn20.xml", "misconduct.bpmn20.xml");
    /** The name of the deployment holding them. */
    public static final String DEPLOYMENT_NAME = "wangge-kernel-process";

    /** The variable type of a case's state record stored as JSON (see {@code StateRecordType}). */
    static final String CASE_STATE_TYPE = "wanggeCaseProcess";

    private final ProcessEngine engine;
    private final Kernel kernel;
    private final String h2ShutdownUrl;
    private final CaseHandling caseHandling;
    private final GridChangeFiling gridChangeFiling;
    private final MatterAdmission matterAdmission;
    private final MisconductHandling misconductHandling;

    private WanggeProcesses(Builder b) {
        this.kernel = new Kernel(b.rules != null ? b.rules : RuleEngine.zigong(),
                b.calendar != null ? b.calendar : WorkingDayCalendarLoader.prc(), b.zone, b.filingReminderLeadDays);
        b.organisations.forEach(o -> kernel.organisations().put(o.id(), o));
        kernel.grids().addAll(b.grids);
        kernel.gridDivisions().putAll(b.gridDivisions);
        kernel.workers().addAll(b.workers);
        kernel.operators().addAll(b.operators);
        CaseSteps caseSteps = new CaseSteps(kernel);
        EngineConfiguration cfg = new EngineConfiguration(kernel.calendar(), b.zone);
        if (b.dataSource != null) {
            DataSource dataSource = b.dataSource;
            if (b.schema != null) {
                SchemaDataSource inSchema = new SchemaDataSource(dataSource, b.schema);
                try {
                    cfg.setDatabaseSchema(inSchema.create());
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create the process schema " + b.schema + ": " + e.getMessage()
                            + " (the database user needs the right to create schemas, or create it beforehand)", e);
                }
                dataSource = inSchema;
            }
            cfg.setDataSource(dataSource);
            if (b.transactions != null) {
                cfg.useHostTransactions(new HostTransactions(b.transactions));
            }
        } else {
            if (b.schema != null) {
                throw new IllegalStateException("databaseSchema(" + b.schema + ") needs dataSource(...); with jdbc(url, ...) name"
                        + " the schema in the URL instead (PostgreSQL: ?currentSchema=" + b.schema + ")");
            }
            cfg.setJdbcUrl(h2Tuned(b.jdbcUrl));
            cfg.setJdbcUsername(b.user);
            cfg.setJdbcPassword(b.password);
            cfg.setJdbcDriver(b.jdbcDriver != null ? b.jdbcDriver : driverFor(b.jdbcUrl));
            cfg.setJdbcMaxActiveConnections(b.maxConnections);
            // Keep every pooled connection open: below the maximum (MyBatis' default keeps 5 idle) concurrent callers would
            // close and reopen connections all the time, and each keeps its own parsed-statement cache.
            cfg.setJdbcMaxIdleConnections(b.maxConnections);
            if (b.jdbcUrl.startsWith("jdbc:h2:")) {
                // On H2, Flowable's multi-row inserts are dearer than single ones: each row count is a new SQL text that
                // MyBatis builds and H2 parses anew, while single-row inserts hit H2's parsed-statement cache.
                cfg.setBulkInsertEnabled(false);
            }
        }
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setEngineName(b.engineName != null ? b.engineName : "wangge-" + UUID.randomUUID());
        cfg.setHistoryLevel(switch (b.history) {
            case ACTIVITY -> HistoryLevel.ACTIVITY;
            case AUDIT -> HistoryLevel.AUDIT;
            case FULL -> HistoryLevel.FULL;
        });
        if (b.stateAsText) {
            // The case's state record as JSON in the variable row, not serialised into byte-array rows (issue 16 ¶4).
            cfg.setCustomPreVariableTypes(new java.util.ArrayList<>(List.<org.flowable.variable.api.types.VariableType>of(
                    new org.wangge.kernel.process.internal.StateRecordType<>(CASE_STATE_TYPE, org.wangge.kernel.process.internal.CaseProcess.class))));
        }
        cfg.setAsyncExecutorActivate(b.asyncExecutor);
        cfg.setAsyncExecutorDefaultTimerJobAcquireWaitTime((int) b.acquireWait.toMillis());
        cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime((int) b.acquireWait.toMillis());
        cfg.setClock(new InstanceClock(TimeZone.getTimeZone(b.zone)));
        cfg.setDisableIdmEngine(true);
        cfg.setDisableEventRegistry(true);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("wanggeCase", caseSteps);
        beans.put("wanggeAudit", new org.wangge.kernel.process.internal.AuditListener(kernel));
        beans.put("wanggeGrid", new GridSteps(kernel));
        beans.put("wanggeMatter", new MatterSteps(kernel));
        beans.put("wanggeMisconduct", new MisconductSteps(kernel));
        cfg.setBeans(beans);
        this.engine = cfg.buildProcessEngine();
        kernel.attach(engine);
        this.h2ShutdownUrl = b.h2ShutdownUrl;
        try {
            var deployment = engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering();
            BPMN_FILES.forEach(f -> deployment.addClasspathResource(BPMN_FOLDER + f));
            deployment.deploy();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.caseHandling = new CaseHandling(kernel, caseSteps);
        this.gridChangeFiling = new GridChangeFiling(kernel);
        this.matterAdmission = new MatterAdmission(kernel);
        this.misconductHandling = new MisconductHandling(kernel);
    }

    /**
     * The processes on a fresh in-memory H2 database of their own (a unique name, so several can run in one
     * JVM), the built-in Zigong rule pack and the PRC working-day calendar, with the async executor off:
     * call {@link #runDueTimers()} to fire due timers. For tests, demos and single-process hosts.
     *
     * @return the processes
     */
    public static WanggeProcesses embeddedH2() {
        return builder().build();
    }

    /**
     * The processes on a production database (PostgreSQL, or any database Flowable supports), with the
     * async executor on, so timers fire by themselves; several engines may share the database.
     *
     * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/wangge}
     * @param user     the user
     * @param password the password
     * @return the processes
     */
    public static WanggeProcesses jdbc(String url, String user, String password) {
        return builder().jdbc(url, user, password).asyncExecutor(true).build();
    }

    /** @return a builder for other settings (rule engine, calendar, zone, organisations, database…) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return case handling (Art. 9, 14, 15, 23) */
    public CaseHandling caseHandling() {
        return caseHandling;
    }

    /** @return grid changes with filing (Art. 7) */
    public GridChangeFiling gridChangeFiling() {
        return gridChangeFiling;
    }

    /** @return matter admission and department engagement (Art. 10, 11) */
    public MatterAdmission matterAdmission() {
        return matterAdmission;
    }

    /** @return misconduct handling (Art. 13, 22) */
    public MisconductHandling misconductHandling() {
        return misconductHandling;
    }

    /**
     * Registers (or replaces) organisations the steps refer to: departments cases are assigned to, the
     * city- and county-level grid agencies.
     *
     * @param organisations the organisations
     * @return this
     */
    public WanggeProcesses register(Organisation... organisations) {
        for (Organisation o : organisations) {
            kernel.organisations().put(o.id(), o);
        }
        return this;
    }

    /** @return the registered organisations, by id */
    public Map<String, Organisation> organisations() {
        return Map.copyOf(kernel.organisations());
    }

    /** @return the rule engine the processes check with */
    public RuleEngine rules() {
        return kernel.rules();
    }

    /** @return the zone deadlines are counted in */
    public ZoneId zone() {
        return kernel.zone();
    }

    /** @return the Flowable engine, for what the façades do not cover */
    public ProcessEngine processEngine() {
        return engine;
    }

    /**
     * Fires every timer that is due on the engine's clock, and any timer those make due, in this thread.
     * Hosts without the async executor call it periodically; tests call it after moving the clock.
     *
     * @return how many timers fired
     */
    public int runDueTimers() {
        ManagementService management = engine.getManagementService();
        int fired = 0;
        for (int round = 0; round < 1000; round++) {
            List<Job> due = management.createTimerJobQuery().executable().orderByJobDuedate().asc().list();
            if (due.isEmpty()) {
                return fired;
            }
            for (Job timer : due) {
                Job executable = management.moveTimerToExecutableJob(timer.getId());
                management.executeJob(executable.getId());
                fired++;
            }
        }
        throw new IllegalStateException("timers keep becoming due: more than 1000 rounds");
    }

    /** Stops the engine (and drops the in-memory database of {@link #embeddedH2()}). */
    @Override
    public void close() {
        engine.close();
        if (h2ShutdownUrl != null) {
            try (Connection c = DriverManager.getConnection(h2ShutdownUrl, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed with its last connection
            }
        }
    }

    /** H2 keeps the parsed statements of a connection in a cache of 8 by default; Flowable uses some 60 statements. */
    static final String H2_QUERY_CACHE = "QUERY_CACHE_SIZE";

    private static String h2Tuned(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains(";" + H2_QUERY_CACHE + "=")) {
            return url + ";" + H2_QUERY_CACHE + "=256"; // ignored by H2 when the database is already open
        }
        return url;
    }

    private static String driverFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        throw new IllegalArgumentException("no known JDBC driver for " + url + "; name it with Builder.jdbcDriver(className)");
    }

    /** Settings of {@link WanggeProcesses}. */
    public static final class Builder {
        private String jdbcUrl;
        private String user = "sa";
        private String password = "";
        private String jdbcDriver;
        private DataSource dataSource;
        private ExternalTransactions transactions;
        private String schema;
        private String h2ShutdownUrl;
        private int maxConnections = 10;
        private RuleEngine rules;
        private WorkingDayCalendar calendar;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private boolean asyncExecutor;
        private int filingReminderLeadDays = 5;
        private java.time.Duration acquireWait = java.time.Duration.ofSeconds(10);
        private String engineName;
        private ProcessHistory history = ProcessHistory.AUDIT;
        private boolean stateAsText = true;
        private final List<Organisation> organisations = new java.util.ArrayList<>();
        private final java.util.Set<String> grids = new java.util.HashSet<>();
        private final Map<String, java.util.Set<String>> gridDivisions = new java.util.HashMap<>();
        private final java.util.Set<String> workers = new java.util.HashSet<>();
        private final java.util.Set<String> operators = new java.util.HashSet<>();

        private Builder() {
            String name = "wangge-" + UUID.randomUUID();
            this.jdbcUrl = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            this.h2ShutdownUrl = jdbcUrl;
        }

        /**
         * @param url      a JDBC URL; an H2 URL that sets no {@code QUERY_CACHE_SIZE} gets {@code ;QUERY_CACHE_SIZE=256}, so
         *                 that H2 keeps the engine's parsed statements (it takes effect when the database is created)
         * @param user     its user
         * @param password its password
         * @return this
         */
        public Builder jdbc(String url, String user, String password) {
            this.jdbcUrl = Objects.requireNonNull(url, "url");
            this.user = user;
            this.password = password;
            this.dataSource = null;
            this.h2ShutdownUrl = null;
            return this;
        }

        /**
         * @param className the JDBC driver class, when the URL is neither H2 nor PostgreSQL
         * @return this
         */
        public Builder jdbcDriver(String className) {
            this.jdbcDriver = className;
            return this;
        }

        /**
         * @param dataSource a data source the host pools and manages
         * @return this
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.transactions = null;
            this.h2ShutdownUrl = null;
            return this;
        }

        /**
         * The host's data source and transactions: every step joins the host's transaction open in the calling thread
         * (or runs in one of its own), instead of the engine committing on its own connection.
         *
         * @param dataSource   a data source the host pools and manages, handing out the connection bound to the host's
         *                     current transaction (Spring: {@code TransactionAwareDataSourceProxy})
         * @param transactions the host's transactions
         * @return this
         */
        public Builder dataSource(DataSource dataSource, ExternalTransactions transactions) {
            dataSource(dataSource);
            this.transactions = Objects.requireNonNull(transactions, "transactions");
            return this;
        }

        /**
         * @param schema the database schema of the engine's tables (ACT_*), created when missing; the host's own
         *               connections keep their schema. Only with {@link #dataSource}; null: the data source's default
         * @return this
         * @throws IllegalArgumentException when it is not a plain SQL identifier
         */
        public Builder databaseSchema(String schema) {
            this.schema = schema == null || schema.isBlank() ? null : SchemaDataSource.checked(schema);
            return this;
        }

        /**
         * @param max the most connections of the engine's own pool (default 10), all kept open once opened; allow one
         *            per concurrent caller, and more when the async executor runs
         * @return this
         */
        public Builder maxConnections(int max) {
            this.maxConnections = max;
            return this;
        }

        /**
         * @param rules the rule engine whose packs give limits, routing and checks (default: the built-in Zigong pack)
         * @return this
         */
        public Builder rules(RuleEngine rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * @param calendar the working-day calendar timers count on (default: {@code WorkingDayCalendarLoader.prc()})
         * @return this
         */
        public Builder calendar(WorkingDayCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @param zone the zone of working days and of the audit trail (default Asia/Shanghai)
         * @return this
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * How much history the engine keeps (default {@link ProcessHistory#AUDIT}). {@link ProcessHistory#ACTIVITY}
         * costs less per step and keeps the audit trail and every query of the kernel, but not the historic task
         * instances; {@link ProcessHistory#FULL} adds every variable change. Set it before the first start on a
         * database and keep it: the engine records each process instance at the level in force when it runs.
         *
         * @param history the level
         * @return this
         */
        public Builder history(ProcessHistory history) {
            this.history = Objects.requireNonNull(history, "history");
            return this;
        }

        /**
         * Whether a case's state record is stored as JSON text (the default) or, as before issue 16 ¶4, serialised. Only
         * for tests of cases written by the older version.
         */
        Builder stateAsText(boolean on) {
            this.stateAsText = on;
            return this;
        }

        /**
         * @param on whether the engine fires timers and async jobs by itself (default off; on for {@link WanggeProcesses#jdbc})
         * @return this
         */
        public Builder asyncExecutor(boolean on) {
            this.asyncExecutor = on;
            return this;
        }

        /**
         * @param wait how long the async executor waits between looks for due timers and jobs when it found none (default 10 s)
         * @return this
         */
        public Builder asyncAcquireWait(java.time.Duration wait) {
            this.acquireWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * @param days how many days before the end of {@code filing.grace.days} the filing reminder fires (default 5)
         * @return this
         */
        public Builder filingReminderLeadDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("the reminder lead is zero or more days, not " + days);
            }
            this.filingReminderLeadDays = days;
            return this;
        }

        /**
         * @param name the engine's name (default: unique)
         * @return this
         */
        public Builder engineName(String name) {
            this.engineName = name;
            return this;
        }

        /**
         * @param organisations organisations the steps refer to (departments, grid agencies)
         * @return this
         */
        public Builder organisations(Collection<Organisation> organisations) {
            this.organisations.addAll(organisations);
            return this;
        }

        /**
         * Registers a city's organisations, grids and grid workers: steps then refuse a grid or worker id the city does
         * not hold, naming the field ({@link InvalidInputException}). Without registered grids (or workers) those ids
         * are checked for form only (not blank, at most 255 characters).
         *
         * @param city the city the processes serve
         * @return this
         */
        public Builder city(org.wangge.kernel.model.snapshot.CitySnapshot city) {
            Objects.requireNonNull(city, "city");
            organisations(city.organisations());
            grids(city.grids());
            city.workers().forEach(w -> workers.add(w.id()));
            return this;
        }

        /**
         * Registers grids: steps then refuse a grid id none of them has ({@link InvalidInputException}), and each grid's
         * division codes ({@code Grid.divisionCodes}) are the jurisdiction its cases lie in — a platform operator or grid
         * agency ({@link Actor}) takes a case's steps only when it acts for a division containing one of them.
         *
         * @param grids the grids of the city (or of the part of it the processes serve)
         * @return this
         */
        public Builder grids(Collection<org.wangge.kernel.model.grid.Grid> grids) {
            for (org.wangge.kernel.model.grid.Grid g : Objects.requireNonNull(grids, "grids")) {
                this.grids.add(g.id());
                this.gridDivisions.put(g.id(), java.util.Set.copyOf(g.divisionCodes()));
            }
            return this;
        }

        /**
         * @param ids the platform operators who accept, assign, verify and close cases; once some are registered, a step
         *            naming another operator (who is not a registered organisation either) is refused, naming the field
         * @return this
         */
        public Builder operators(Collection<String> ids) {
            ids.forEach(id -> operators.add(Objects.requireNonNull(id, "operator id")));
            return this;
        }

        /**
         * Starts the engine, creating or updating its tables, and deploys the processes.
         *
         * @return the processes
         */
        public WanggeProcesses build() {
            return new WanggeProcesses(this);
        }
    }
}
