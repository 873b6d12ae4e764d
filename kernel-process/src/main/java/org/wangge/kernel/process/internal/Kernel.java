package org.wangge.kernel.process.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.process.AuditEntry;
import org.wangge.kernel.process.StepConflictException;
import org.wangge.kernel.process.StepNotOpenException;
import org.wangge.kernel.process.UnknownSubjectException;
import org.wangge.kernel.process.WanggeProcessException;
import org.wangge.kernel.rules.RuleEngine;

/**
 * What every process step needs: the rule engine, the working-day calendar, the zone, the
 * organisations the host registered, and the process engine once it is built. Not API.
 */
public final class Kernel {

    /** The comment type of audit entries. */
    public static final String AUDIT = "wangge-audit";
    /** The actor of automatic steps. */
    public static final String PLATFORM = "platform";

    private final RuleEngine rules;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final int filingReminderLeadDays;
    private final Map<String, Organisation> organisations = new ConcurrentHashMap<>();
    private final java.util.Set<String> grids = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.Set<String>> gridDivisions = new ConcurrentHashMap<>();
    private final java.util.Set<String> workers = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> operators = ConcurrentHashMap.newKeySet();
    private volatile ProcessEngine engine;

    /**
     * @param rules                  the rule engine
     * @param calendar               the working-day calendar
     * @param zone                   the zone of the calendar's days
     * @param filingReminderLeadDays days before the end of the filing grace period the reminder fires
     */
    public Kernel(RuleEngine rules, WorkingDayCalendar calendar, ZoneId zone, int filingReminderLeadDays) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.filingReminderLeadDays = filingReminderLeadDays;
    }

    /** The table whose primary key makes subject ids unique per kind (Flowable's business key is not unique). */
    public static final String SUBJECT_TABLE = "WANGGE_SUBJECT_ID";
    /** The longest subject id: Flowable's business-key column holds 255 characters. */
    public static final int MAX_ID_LENGTH = 255;

    /**
     * @param engine the built engine; creates the subject-id table when it is not there
     */
    public void attach(ProcessEngine engine) {
        this.engine = engine;
        try {
            engine.getManagementService().executeCommand(commandContext -> {
                try (java.sql.Statement s = connection().createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS " + SUBJECT_TABLE + " (SUBJECT_KIND VARCHAR(32) NOT NULL,"
                            + " SUBJECT_ID VARCHAR(" + MAX_ID_LENGTH + ") NOT NULL, PRIMARY KEY (SUBJECT_KIND, SUBJECT_ID))");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("cannot create the table " + SUBJECT_TABLE + " (SQL state " + e.getSQLState()
                            + "): the processes need it to keep case ids unique; grant CREATE on the engine's schema", e);
                }
                return null;
            });
        } catch (IllegalStateException e) {
            // Two engines starting together on one database may race to create it; only a table that is still missing is fatal.
            if (!subjectTableExists()) {
                throw e;
            }
        }
    }

    private boolean subjectTableExists() {
        return engine.getManagementService().executeCommand(commandContext -> {
            try (java.sql.Statement s = connection().createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM " + SUBJECT_TABLE + " WHERE 1 = 0").close();
                return true;
            } catch (java.sql.SQLException e) {
                return false;
            }
        });
    }

    private static java.sql.Connection connection() {
        return org.flowable.common.engine.impl.context.Context.getCommandContext()
                .getSession(org.flowable.common.engine.impl.db.DbSqlSession.class).getSqlSession().getConnection();
    }

    /**
     * Claims a subject id for its kind in the current engine transaction: a row in {@link #SUBJECT_TABLE}, whose primary
     * key lets only one of several concurrent starts of one id commit (the database makes the others wait for the first
     * and then refuses them). Call it first in the transaction that starts the subject. A claim of an id whose subject
     * was started before the table existed is caught by the business-key check that follows it.
     *
     * @param kind the subject's kind in words, e.g. {@code case}
     * @param processKey its process definition key
     * @param id   the subject's id
     * @return whether the id was free (and is now claimed); false when a subject of that kind already has it
     */
    public boolean claim(String kind, String processKey, String id) {
        java.sql.Connection c = connection();
        try {
            boolean savepoint = !c.getAutoCommit();
            // On PostgreSQL a failed statement aborts the whole transaction: roll back to just before the insert instead.
            java.sql.Savepoint before = savepoint ? c.setSavepoint() : null;
            try (java.sql.PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + SUBJECT_TABLE + " (SUBJECT_KIND, SUBJECT_ID) VALUES (?, ?)")) {
                insert.setString(1, kind);
                insert.setString(2, id);
                insert.executeUpdate();
            } catch (java.sql.SQLException e) {
                if (before != null) {
                    c.rollback(before);
                }
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) { // integrity constraint violation: taken
                    return false;
                }
                throw e;
            }
            if (before != null) {
                c.releaseSavepoint(before);
            }
        } catch (java.sql.SQLException e) {
            throw new org.flowable.common.engine.api.FlowableException("claiming " + kind + " id failed", e);
        }
        return !exists(kind, processKey, id);
    }

    /**
     * Checks an id a caller passes: not null, not blank, at most {@value #MAX_ID_LENGTH} characters.
     *
     * @param subjectId the subject, for the message (null when the id is the subject's own)
     * @param rule      the article or constraint of the step
     * @param field     the field, e.g. {@code caseId}
     * @param value     the id
     * @return the id
     * @throws org.wangge.kernel.process.InvalidInputException when it is unusable
     */
    public static String requireId(String subjectId, String rule, String field, String value) {
        String subject = subjectId != null ? subjectId : shorten(value);
        if (value == null || value.isBlank()) {
            throw new org.wangge.kernel.process.InvalidInputException(subject, rule, field, field + " is "
                    + (value == null ? "missing" : "blank") + (subjectId != null ? " (" + subjectId + ")" : "")
                    + ": give the id of the " + words(field) + " (" + rule + ")");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new org.wangge.kernel.process.InvalidInputException(subject, rule, field, field + " '" + shorten(value) + "' is "
                    + value.length() + " characters long; ids have at most " + MAX_ID_LENGTH + " characters (" + rule + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new org.wangge.kernel.process.InvalidInputException(subject, rule, field, field + " '" + shorten(value)
                        + "' holds a control character at position " + (i + 1) + "; ids are printable text (" + rule + ")");
            }
        }
        return value;
    }

    /**
     * @param value a caller's id, possibly very long or holding personal data
     * @return it masked and cut to 40 characters, for a message
     */
    public static String shorten(String value) {
        if (value == null) {
            return null;
        }
        String s = PersonalText.mask(value).replaceAll("\\p{Cntrl}", "?");
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String words(String field) {
        return field.replaceAll("Id$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the engine */
    public ProcessEngine engine() {
        return engine;
    }

    /** @return the rule engine */
    public RuleEngine rules() {
        return rules;
    }

    /**
     * What a starting subject records as started under: the exact pack in force on the day (name, version, content
     * hash) and the process definition's version. Every later step of the subject asks that pack ({@link #rulesOf}).
     *
     * @param day                      the day it starts
     * @param processDefinitionVersion the version of the process definition it starts on
     * @return what it started under
     */
    public StartedUnder startedUnder(LocalDate day, int processDefinitionVersion) {
        return StartedUnder.of(rules.packRef(day), day, processDefinitionVersion);
    }

    /**
     * The rules a step of a subject asks: the pack the subject started under, as long as the engine still holds it
     * (the same name, version and content). When it no longer does — withdrawn, or reloaded with other content — the
     * pack in force on the day takes over (see docs/process.md, "Which rule pack a step asks").
     *
     * @param startedUnder what the subject started under (from its state record)
     * @return the rule engine to ask
     */
    public RuleEngine rulesOf(StartedUnder startedUnder) {
        return rules.pinned(startedUnder.rulePack()).orElse(rules);
    }

    /** @return the working-day calendar */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** @return the zone */
    public ZoneId zone() {
        return zone;
    }

    /** @return the filing reminder's lead, in days */
    public int filingReminderLeadDays() {
        return filingReminderLeadDays;
    }

    /** @return the organisations the host registered, by id (mutable) */
    public Map<String, Organisation> organisations() {
        return organisations;
    }

    /** @return the ids of the grids the host registered (mutable; empty: grid ids are checked for form only) */
    public java.util.Set<String> grids() {
        return grids;
    }

    /**
     * @return the division codes (community or village, {@code Grid.divisionCodes}) of each grid the host registered, by
     *         grid id (mutable): the jurisdiction a case of the grid lies in
     */
    public Map<String, java.util.Set<String>> gridDivisions() {
        return gridDivisions;
    }

    /** @return the ids of the grid workers the host registered (mutable; empty: worker ids are checked for form only) */
    public java.util.Set<String> workers() {
        return workers;
    }

    /** @return the ids of the platform operators the host registered (mutable; empty: operator ids are checked for form only) */
    public java.util.Set<String> operators() {
        return operators;
    }

    /**
     * Checks a grid id: usable, and registered when the host registered grids.
     *
     * @param subjectId the subject, for the message
     * @param rule      the article or constraint of the step
     * @param gridId    the grid
     * @return the grid id
     */
    public String requireGrid(String subjectId, String rule, String gridId) {
        return requireRegistered(subjectId, rule, "gridId", gridId, grids, "grid", "Builder.city(snapshot)");
    }

    /**
     * Checks a grid worker's id: usable, and registered when the host registered workers.
     *
     * @param subjectId the subject, for the message
     * @param rule      the article or constraint of the step
     * @param field     the field, e.g. {@code collectedById}
     * @param workerId  the worker
     * @return the worker id
     */
    public String requireWorker(String subjectId, String rule, String field, String workerId) {
        return requireRegistered(subjectId, rule, field, workerId, workers, "grid worker", "Builder.city(snapshot)");
    }

    /**
     * Checks an operator's (or other actor's) id: usable, and registered when the host registered operators. An
     * organisation registered with the processes (a grid agency acting itself) is accepted as an actor too.
     *
     * @param subjectId  the subject, for the message
     * @param rule       the article or constraint of the step
     * @param field      the field, e.g. {@code operatorId}
     * @param operatorId the operator
     * @return the operator id
     */
    public String requireOperator(String subjectId, String rule, String field, String operatorId) {
        requireId(subjectId, rule, field, operatorId);
        if (organisations.containsKey(operatorId)) {
            return operatorId;
        }
        return requireRegistered(subjectId, rule, field, operatorId, operators, "platform operator", "Builder.operators(ids)");
    }

    private static String requireRegistered(String subjectId, String rule, String field, String id, java.util.Set<String> registered,
            String what, String how) {
        requireId(subjectId, rule, field, id);
        if (!registered.isEmpty() && !registered.contains(id)) {
            throw new org.wangge.kernel.process.InvalidInputException(subjectId, rule, field, (subjectId != null ? subjectId + ": " : "")
                    + field + " '" + shorten(id) + "' is not a " + what + " registered with the processes (" + registered.size()
                    + " are); give a registered id, or register it with WanggeProcesses." + how + " (" + rule + ")");
        }
        return id;
    }

    /**
     * @param text free text from a caller
     * @return it with personal data masked, stripped; null stays null
     */
    public static String freeText(String text) {
        return text == null ? null : PersonalText.mask(text.strip());
    }

    /** @return the engine clock's time */
    public Date nowDate() {
        return engine.getProcessEngineConfiguration().getClock().getCurrentTime();
    }

    /** @return the engine clock's time in the zone */
    public LocalDateTime now() {
        return toLocal(nowDate());
    }

    /** @return the engine clock's day in the zone */
    public LocalDate today() {
        return now().toLocalDate();
    }

    /**
     * @param date an instant
     * @return it in the zone, or null
     */
    public LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
    }

    /**
     * @param instant an instant
     * @return it in the zone, or null
     */
    public LocalDateTime toLocal(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** @return the engine clock's time as an instant */
    public java.time.Instant nowInstant() {
        return nowDate().toInstant();
    }

    /**
     * @param time a time in the zone
     * @return the instant
     */
    public Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(zone).toInstant());
    }

    /**
     * Writes an audit entry in the current transaction (or its own when none is open).
     *
     * @param processInstanceId the process instance
     * @param action            what happened
     * @param actor             who did it
     * @param rule              the rule the step serves
     * @param detail            details, may be empty
     */
    public void audit(String processInstanceId, String action, String actor, String rule, String detail) {
        // A per-subject sequence orders the trail even when entries share a millisecond (e.g. written by two engines
        // of a cluster); as a process variable it also makes racing writers of one subject conflict.
        Object last = engine.getRuntimeService().getVariable(processInstanceId, Vars.AUDIT_SEQUENCE);
        int sequence = (last instanceof Integer i ? i : 0) + 1;
        engine.getRuntimeService().setVariable(processInstanceId, Vars.AUDIT_SEQUENCE, sequence);
        String message = String.join("\t", String.valueOf(sequence), action, actor == null ? PLATFORM : actor, rule == null ? "" : rule,
                detail == null ? "" : PersonalText.mask(detail).replace('\t', ' '));
        engine.getTaskService().addComment(null, processInstanceId, AUDIT, message);
    }

    /**
     * @param processInstanceId the process instance
     * @return its audit trail, oldest first
     */
    public List<AuditEntry> auditTrail(String processInstanceId) {
        List<Comment> comments = new ArrayList<>(engine.getTaskService().getProcessInstanceComments(processInstanceId, AUDIT));
        comments.sort(Comparator.comparing((Comment c) -> Integer.parseInt(c.getFullMessage().split("\t", 2)[0]))
                .thenComparing(Comment::getTime));
        List<AuditEntry> trail = new ArrayList<>();
        for (Comment c : comments) {
            String[] p = c.getFullMessage().split("\t", -1);
            trail.add(new AuditEntry(toLocal(c.getTime()), p[1], p.length > 2 ? p[2] : "", p.length > 3 ? p[3] : "",
                    p.length > 4 ? p[4] : ""));
        }
        return trail;
    }


    /**
     * Finds the process instance of a subject.
     *
     * @param kind        the subject's kind in words, e.g. {@code case}
     * @param processKey  the process definition key
     * @param businessKey the subject's id
     * @param article     the article of the process, for the message
     * @return the instance, running or ended
     * @throws UnknownSubjectException when there is none
     */
    public HistoricProcessInstance instance(String kind, String processKey, String businessKey, String article) {
        requireId(null, article, kind + " id", businessKey);
        HistoricProcessInstance pi;
        try {
            pi = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult();
        } catch (RuntimeException e) {
            throw engineFailure(businessKey, kind, "look-up", article, e);
        }
        if (pi == null) {
            throw new UnknownSubjectException(businessKey, article,
                    kind + " " + businessKey + " is not known to the platform: no " + kind + " with this id was started ("
                            + article + ")");
        }
        return pi;
    }

    /**
     * @param processKey a process definition key
     * @return its latest deployed version, which new subjects start under
     */
    public ProcessDefinition latestDefinition(String processKey) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
    }

    /**
     * @param kind        the subject's kind in words
     * @param processKey  the process definition key
     * @param businessKey the subject's id
     * @return whether a subject with this id was started
     */
    public boolean exists(String kind, String processKey, String businessKey) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count() > 0;
    }

    /**
     * @param processDefinitionId a process definition
     * @param elementId           an element of it
     * @return the element's name, or its id
     */
    public String elementName(String processDefinitionId, String elementId) {
        FlowElement e = engine.getRepositoryService().getBpmnModel(processDefinitionId).getFlowElement(elementId);
        return e == null || e.getName() == null ? elementId : e.getName();
    }

    /**
     * @param processInstanceId a process instance
     * @return the names of its open tasks
     */
    public List<String> openStepNames(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc()
                .list().stream().map(Task::getName).collect(Collectors.toList());
    }

    /**
     * Finds the open task of a step, or explains why there is none.
     *
     * @param kind    the subject's kind in words
     * @param subject the subject's id
     * @param pi      its process instance
     * @param taskKey the step's task definition key
     * @param rule    the constraint the step serves
     * @return the open task
     * @throws StepNotOpenException when the step is not open
     */
    public Task openTask(String kind, String subject, HistoricProcessInstance pi, String taskKey, String rule) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            return task;
        }
        String step = elementName(pi.getProcessDefinitionId(), taskKey);
        List<HistoricTaskInstance> done = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey(taskKey).finished().orderByHistoricTaskInstanceEndTime().desc().list();
        String where = pi.getEndTime() != null
                ? "the " + kind + " has ended (" + elementName(pi.getProcessDefinitionId(), pi.getEndActivityId()) + ")"
                : "the " + kind + " is now at: " + String.join(", ", openStepNames(pi.getId()));
        String what = done.isEmpty() ? "has not been reached" : "was already completed at " + toLocal(done.get(0).getEndTime());
        throw new StepNotOpenException(subject, rule, kind + " " + subject + ": step '" + step + "' is not open: it " + what + "; " + where);
    }

    /**
     * Completes a step's task and writes its audit entry in one transaction.
     *
     * @param subject   the subject's id, for messages
     * @param kind      the subject's kind in words
     * @param task      the task
     * @param rule      the constraint the step serves
     * @param variables variables to set
     * @param transients transient variables (not stored)
     * @param action    the audit action
     * @param actor     the actor
     * @param detail    the audit detail
     * @throws StepConflictException when another request completed the task first
     */
    public void complete(String subject, String kind, Task task, String rule, Map<String, Object> variables,
            Map<String, Object> transients, String action, String actor, String detail) {
        try {
            raw(subject, kind, task::getName, rule, () -> {
                audit(task.getProcessInstanceId(), action, actor, rule, detail);
                engine.getTaskService().complete(task.getId(), masked(variables), transients);
            });
        } catch (FlowableException e) {
            // Under READ COMMITTED a racing request may read the task before, and its execution after, the winner's
            // commit; the engine then fails in other ways than an optimistic lock. The task being gone tells.
            if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
                throw conflict(subject, kind, task.getName(), rule, e);
            }
            throw engineFailure(subject, kind, task.getName(), rule, e);
        } catch (WanggeProcessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw engineFailure(subject, kind, task.getName(), rule, e);
        }
    }

    /**
     * What a step completes: its task, the variables to set and its audit entry.
     *
     * @param task       the open task
     * @param rule       the constraint the step serves
     * @param variables  variables to set
     * @param transients transient variables (not stored)
     * @param action     the audit action
     * @param actor      the actor
     * @param detail     the audit detail
     */
    public record Completion(Task task, String rule, Map<String, Object> variables, Map<String, Object> transients, String action,
            String actor, String detail) {
    }

    /**
     * Runs a whole step in one engine transaction: {@code prepare} finds the subject and its open task and checks
     * the step (throwing to refuse it, before anything is written), then the task is completed and the audit entry
     * written. One transaction instead of one per look-up: the engine's entity cache serves the completion what the
     * look-ups loaded.
     *
     * @param subject the subject's id
     * @param kind    the subject's kind in words
     * @param rule    the constraint the step serves, for a conflict's message until the task is known
     * @param prepare looks up and checks, in the transaction; returns what to complete
     * @throws StepConflictException when another request completed the task first
     */
    public void completeStep(String subject, String kind, String rule, java.util.function.Supplier<Completion> prepare) {
        Completion[] step = new Completion[1];
        WanggeProcessException[] refused = new WanggeProcessException[1];
        try {
            raw(subject, kind, () -> step[0] == null ? rule : step[0].task().getName(),
                    rule, () -> {
                        Completion c;
                        try {
                            c = prepare.get();
                        } catch (WanggeProcessException e) {
                            refused[0] = e; // nothing was written; thrown after the transaction, which would log it as an engine error
                            return;
                        }
                        step[0] = c;
                        audit(c.task().getProcessInstanceId(), c.action(), c.actor(), c.rule(), c.detail());
                        engine.getTaskService().complete(c.task().getId(), masked(c.variables()), c.transients());
                    });
        } catch (StepConflictException e) {
            throw step[0] == null ? e : conflict(subject, kind, step[0].task().getName(), step[0].rule(), e.getCause());
        } catch (FlowableException e) {
            // As in complete: a racing request that completed the task first may make the engine fail in other ways.
            if (step[0] != null && engine.getTaskService().createTaskQuery().taskId(step[0].task().getId()).count() == 0) {
                throw conflict(subject, kind, step[0].task().getName(), step[0].rule(), e);
            }
            throw engineFailure(subject, kind, step[0] == null ? rule : step[0].task().getName(), rule, e);
        } catch (WanggeProcessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw engineFailure(subject, kind, step[0] == null ? rule : step[0].task().getName(), rule, e);
        }
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    /**
     * The variables of a running process instance, read in the current transaction (and cached there for the
     * completion of its task).
     *
     * @param processInstanceId a running process instance
     * @return its variables
     */
    public Map<String, Object> runtimeVariables(String processInstanceId) {
        return new java.util.HashMap<>(engine.getRuntimeService().getVariables(processInstanceId));
    }

    /**
     * One variable of a process instance, running or ended (the history holds its last value).
     *
     * @param processInstanceId a process instance
     * @param name              the variable
     * @return a map holding it under its name, or empty when it has none
     */
    public Map<String, Object> historicVariable(String processInstanceId, String name) {
        org.flowable.variable.api.history.HistoricVariableInstance h = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        Map<String, Object> v = new java.util.HashMap<>();
        if (h != null && h.getValue() != null) {
            v.put(name, h.getValue());
        }
        return v;
    }

    /**
     * Runs work in one engine transaction, turning a lost race into a {@link StepConflictException}.
     *
     * @param subject the subject's id
     * @param kind    the subject's kind in words
     * @param step    the step's name
     * @param rule    the constraint the step serves
     * @param work    the work
     */
    public void inTransaction(String subject, String kind, String step, String rule, Runnable work) {
        inTransaction(subject, kind, () -> step, rule, work);
    }

    private void inTransaction(String subject, String kind, java.util.function.Supplier<String> stepName, String rule, Runnable work) {
        try {
            raw(subject, kind, stepName, rule, work);
        } catch (WanggeProcessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw engineFailure(subject, kind, stepName.get(), rule, e);
        }
    }

    /** Runs work in one engine transaction; a lost race becomes a {@link StepConflictException}, other engine failures pass. */
    private void raw(String subject, String kind, java.util.function.Supplier<String> stepName, String rule, Runnable work) {
        try {
            engine.getManagementService().executeCommand(commandContext -> {
                work.run();
                return null;
            });
        } catch (FlowableOptimisticLockingException e) {
            throw conflict(subject, kind, stepName.get(), rule, e);
        } catch (FlowableObjectNotFoundException e) {
            if (e.getObjectClass() != null && org.flowable.task.api.Task.class.isAssignableFrom(e.getObjectClass())) {
                throw conflict(subject, kind, stepName.get(), rule, e); // the task was completed (deleted) since it was looked up
            }
            throw e;
        } catch (FlowableException e) {
            if (isConcurrentUpdate(e)) {
                throw conflict(subject, kind, stepName.get(), rule, e);
            }
            throw e;
        }
    }

    /**
     * @param variables variables a step sets
     * @return them with personal data masked in every text value
     */
    public static Map<String, Object> masked(Map<String, Object> variables) {
        Map<String, Object> out = new java.util.HashMap<>(variables);
        out.replaceAll((k, v) -> v instanceof String text ? PersonalText.mask(text) : v);
        return out;
    }

    /**
     * An engine or database failure, in the kernel's words: the step, the subject, the SQL state and the failing
     * class, never the engine's message (which may hold SQL text and the values written).
     */
    static WanggeProcessException engineFailure(String subject, String kind, String step, String rule, Throwable e) {
        String sqlState = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            if (sqlState == null && t instanceof java.sql.SQLException sql) {
                sqlState = sql.getSQLState();
            }
        }
        boolean persistence = sqlState != null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            persistence |= t.getClass().getName().startsWith("org.apache.ibatis.");
        }
        String message = kind + " " + shorten(subject) + ": step '" + step + "' failed in the process engine ("
                + root.getClass().getSimpleName() + (sqlState != null ? ", SQL state " + sqlState : "") + "); nothing was written. "
                + (persistence ? "Check the database and retry" : "See the cause");
        // A database failure's own message holds SQL text and the values written: the caller gets neither, only its state.
        return persistence ? new WanggeProcessException(shorten(subject), rule, message)
                : new WanggeProcessException(shorten(subject), rule, message, e);
    }

    private static StepConflictException conflict(String subject, String kind, String step, String rule, Throwable e) {
        return new StepConflictException(subject, rule, kind + " " + subject + ": step '" + step
                + "' was completed or changed by another request at the same time; this request wrote nothing."
                + " Reload the " + kind + " and decide again", e);
    }

    private static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                // 40001 serialization failure / deadlock (PostgreSQL); H2: 90131 concurrent update, HYT00 lock timeout
                if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state) || sql.getErrorCode() == 90131) {
                    return true;
                }
            }
        }
        return false;
    }
}
