package org.wangge.spring.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the Wangge starter, under {@code wangge.*} (IDE completion from the generated metadata).
 */
@ConfigurationProperties("wangge")
public class WanggeProperties {

    private final Rules rules = new Rules();
    private final Process process = new Process();
    private final Web web = new Web();

    /** @return the rule engine's settings */
    public Rules getRules() {
        return rules;
    }

    /** @return the processes' settings */
    public Process getProcess() {
        return process;
    }

    /** @return the REST API's settings */
    public Web getWeb() {
        return web;
    }

    /** The rule engine (规则包). */
    public static class Rules {
        /** An analyst's rule directory (wangge export-rules); unset: the built-in Zigong pack. */
        private Path directory;
        /** Whether to reload the rule directory when one of its files changes (edits that do not compile are refused, the engine keeps serving its pack). */
        private boolean reloadOnChange;
        /** How often to look for changed rule files when reload-on-change is on. */
        private Duration reloadInterval = Duration.ofSeconds(5);

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        public boolean isReloadOnChange() {
            return reloadOnChange;
        }

        public void setReloadOnChange(boolean reloadOnChange) {
            this.reloadOnChange = reloadOnChange;
        }

        public Duration getReloadInterval() {
            return reloadInterval;
        }

        public void setReloadInterval(Duration reloadInterval) {
            this.reloadInterval = reloadInterval;
        }
    }

    /** The processes (case handling, grid-change filing, matter admission, misconduct). */
    public static class Process {
        /** Whether to start the processes on the application's DataSource. */
        private boolean enabled = true;
        /** The database schema of the engine's ACT_* tables, created when missing; unset: the DataSource's default schema. */
        private String schema;
        /** Whether the engine fires timers (deadlines, reminders) by itself. */
        private boolean asyncExecutor = true;
        /** The zone of working days and of the audit trail. */
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        /** The engine's name (unset: unique per start). */
        private String engineName;
        /**
         * A snapshot file (YAML or JSON), the register the processes serve, read at start: its organisations (departments,
         * grid agencies) the steps may name, and its grids with the divisions they lie in, which say the jurisdiction of
         * each case for the operators' and agencies' steps (a snapshot without grids registers none).
         */
        private org.springframework.core.io.Resource organisations;
        /**
         * The ids of the platform operators (平台工作人员) who accept, assign, verify and close cases. Once some are given, a
         * step naming another operator (who is no registered organisation either) is refused, naming the field; unset:
         * operator ids are checked for form only.
         */
        private java.util.List<String> operators = new java.util.ArrayList<>();
        /**
         * How much history the process engine keeps: ACTIVITY (no historic task rows; the audit trail and every query of
         * the kernel keep working), AUDIT (the default) or FULL (every change of every variable). See docs/process.md,
         * "History level".
         */
        private org.wangge.kernel.process.ProcessHistory history = org.wangge.kernel.process.ProcessHistory.AUDIT;

        public org.wangge.kernel.process.ProcessHistory getHistory() {
            return history;
        }

        public void setHistory(org.wangge.kernel.process.ProcessHistory history) {
            this.history = history;
        }

        public java.util.List<String> getOperators() {
            return operators;
        }

        public void setOperators(java.util.List<String> operators) {
            this.operators = operators;
        }

        public org.springframework.core.io.Resource getOrganisations() {
            return organisations;
        }

        public void setOrganisations(org.springframework.core.io.Resource organisations) {
            this.organisations = organisations;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        public boolean isAsyncExecutor() {
            return asyncExecutor;
        }

        public void setAsyncExecutor(boolean asyncExecutor) {
            this.asyncExecutor = asyncExecutor;
        }

        public ZoneId getZone() {
            return zone;
        }

        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        public String getEngineName() {
            return engineName;
        }

        public void setEngineName(String engineName) {
            this.engineName = engineName;
        }
    }

    /** The REST API (opt-in). */
    public static class Web {
        /** Whether to serve the REST API (checks, constraints, case handling). */
        private boolean enabled;
        /** The base path of the REST API. */
        private String basePath = "/api/wangge";
        /** The largest request body the REST API reads; a larger one gets 413 (application/problem+json). */
        private DataSize maxRequestSize = DataSize.ofMegabytes(10);
        /**
         * Whether a caller whose role is not known (no Spring Security, an anonymous caller, a resolver that gives no Actor)
         * takes case steps as the system actor its request names ("actor"): unchecked, each audit entry saying "system
         * actor, no role check". For a service behind a trusted gateway only; false: such steps are refused (403).
         */
        private boolean trustRequestActor;

        public boolean isTrustRequestActor() {
            return trustRequestActor;
        }

        public void setTrustRequestActor(boolean trustRequestActor) {
            this.trustRequestActor = trustRequestActor;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getBasePath() {
            return basePath;
        }

        public void setBasePath(String basePath) {
            this.basePath = basePath;
        }

        public DataSize getMaxRequestSize() {
            return maxRequestSize;
        }

        public void setMaxRequestSize(DataSize maxRequestSize) {
            this.maxRequestSize = maxRequestSize;
        }
    }
}
