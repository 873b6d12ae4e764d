package org.wangge.spring.boot.autoconfigure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wangge.kernel.io.report.PersonalDataMask;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.process.Actor;
import org.wangge.kernel.process.AuditEntry;
import org.wangge.kernel.process.CaseHandling;
import org.wangge.kernel.process.CaseState;
import org.wangge.kernel.process.NewCase;
import org.wangge.spring.boot.autoconfigure.WanggeActorResolver;

/**
 * Case handling (Art. 9, 14, 15, 23) over HTTP: each step is a POST on the case, taken as the {@link Actor} the
 * {@link WanggeActorResolver} gives (the signed-in principal's role and what it acts for), which the kernel checks: a step
 * the actor may not take is 403 problem+json. A caller whose role is not known is refused (403), unless
 * {@code wangge.web.trust-request-actor=true}: then the steps are taken as the system actor named by {@code actor} in the
 * body, unchecked, and the audit trail says so. Texts in answers are masked.
 */
@RestController
@RequestMapping("${wangge.web.base-path:/api/wangge}/cases")
@Tag(name = "cases", description = "case handling: collect, report, accept, decline or merge, assign, sign for, feed back or hand back, supervise, verify, close; audit trail, overdue lists")
public class WanggeCaseController {

    private final CaseHandling cases;
    private final WanggeActorResolver actors;
    private final boolean trustRequestActor;

    /**
     * Refuses (403) a step of a caller whose role the resolver does not know.
     *
     * @param cases  the façade
     * @param actors who acts
     */
    public WanggeCaseController(CaseHandling cases, WanggeActorResolver actors) {
        this(cases, actors, false);
    }

    /**
     * @param cases             the façade
     * @param actors            who acts
     * @param trustRequestActor whether a caller whose role the resolver does not know takes the steps as the system actor
     *                          its request names ({@code wangge.web.trust-request-actor}; unchecked, recorded so)
     */
    public WanggeCaseController(CaseHandling cases, WanggeActorResolver actors, boolean trustRequestActor) {
        this.cases = cases;
        this.actors = actors;
        this.trustRequestActor = trustRequestActor;
    }

    /** A new case; {@code actor} is the grid worker who collected it. */
    public record CollectRequest(String caseId, CaseSource source, MatterCategory category, Boolean safetyHazard,
            Boolean obstructionOfWorker, String gridId, String actor, String summary, Boolean report) {
    }

    /**
     * A step's body: who acts (when no one is signed in), and what the step needs.
     *
     * @param actor        who acts, when the caller is not signed in (else the signed-in user, or left out)
     * @param departmentId the department to assign to ({@code assign})
     * @param result       what the department did ({@code feed-back})
     * @param reason       why ({@code decline}, {@code merge}, {@code hand-back}, {@code supervise})
     * @param outcome      the verification's outcome ({@code verify})
     * @param note         how it was resolved ({@code resolve-on-spot})
     * @param intoCaseId   the case to merge into ({@code merge})
     */
    public record StepRequest(String actor, String departmentId, String result, String reason, VerificationOutcome outcome, String note,
            String intoCaseId) {

        /** The body without a merge target (the shape before {@code merge}). */
        public StepRequest(String actor, String departmentId, String result, String reason, VerificationOutcome outcome, String note) {
            this(actor, departmentId, result, reason, outcome, note, null);
        }
    }

    /** A case's state, as the platform sees it. */
    public record CaseView(String caseId, String status, List<String> openSteps, String category, String gridId, String departmentId,
            List<String> responsibleDepartmentKinds, boolean overdue, String overdueRule, int supervisions, int handBacks,
            String rulePackVersion, LocalDateTime collectedAt, LocalDateTime endedAt) {

        static CaseView of(CaseState s) {
            return new CaseView(s.caseId(), s.status().name(), s.openSteps().stream().map(Enum::name).toList(), s.category().name(),
                    s.gridId(), s.departmentId(), s.responsibleDepartmentKinds().stream().map(Enum::name).sorted().toList(), s.overdue(),
                    s.overdueRule(), s.supervisions(), s.handBacks(), s.rulePackVersion(), s.collectedAt(), s.endedAt());
        }
    }

    /** One audit entry, its detail masked. */
    public record AuditView(LocalDateTime at, String action, String actor, String rule, String detail) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.at(), e.action(), e.actor(), e.rule(), PersonalDataMask.maskText(e.detail()));
        }
    }

    /**
     * 收集 (and 上报 with {@code report: true}).
     *
     * @param r the case
     * @return its state
     */
    @Operation(summary = "Collect a case (收集), and report it (上报) with report=true")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "a neighbours' dispute", value = "{\"caseId\":\"C-1\",\"source\":\"RESIDENT_DEMAND\",\"category\":\"DISPUTES\","
                    + "\"gridId\":\"G-COMM-1\",\"actor\":\"W-1\",\"summary\":\"neighbours' dispute over noise\",\"report\":true}")))
    @PostMapping(consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    public CaseView collect(@RequestBody CollectRequest r) {
        Actor actor = actor(r.actor());
        NewCase c = new NewCase(r.caseId(), r.source(), r.category(), Boolean.TRUE.equals(r.safetyHazard()),
                Boolean.TRUE.equals(r.obstructionOfWorker()), r.gridId(), actor.id(), r.summary());
        if (Boolean.TRUE.equals(r.report())) {
            cases.reportCase(c, actor);
        } else {
            cases.collect(c, actor);
        }
        return CaseView.of(cases.state(r.caseId()));
    }

    /** @param id the case @param r who @return its state */
    @Operation(summary = "Report a collected case (上报, ZG-14-01); actor: the worker who collected it")
    @PostMapping(path = "/{id}/report", produces = "application/json")
    public CaseView report(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.report(id, a));
    }

    /** @param id the case @param r who, note @return its state */
    @Operation(summary = "Resolve on the spot (就地解决, ZG-14-01); actor: the worker who collected it")
    @PostMapping(path = "/{id}/resolve-on-spot", produces = "application/json")
    public CaseView resolveOnSpot(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.resolveOnSpot(id, a, r.note()));
    }

    /** @param id the case @param r who @return its state */
    @Operation(summary = "Accept (受理, ZG-15-01); actor: a platform operator or the grid agency of the case's jurisdiction")
    @PostMapping(path = "/{id}/accept", produces = "application/json")
    public CaseView accept(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.accept(id, a));
    }

    /** @param id the case @param r who, reason @return its state */
    @Operation(summary = "Decline a reported case with a reason (不予受理, ZG-15-01); actor: a platform operator or the grid agency of the case's jurisdiction")
    @PostMapping(path = "/{id}/decline", produces = "application/json")
    public CaseView decline(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.decline(id, a, r.reason()));
    }

    /** @param id the case @param r who, intoCaseId, reason @return its state */
    @Operation(summary = "Merge a reported case into another case about the same matter, with a reason (合并, ZG-15-01); actor: a platform "
            + "operator or the grid agency of both cases' jurisdiction")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "reported twice", value = "{\"intoCaseId\":\"C-1\",\"reason\":\"the same noise complaint, reported twice\"}")))
    @PostMapping(path = "/{id}/merge", produces = "application/json")
    public CaseView merge(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.merge(id, r.intoCaseId(), a, r.reason()));
    }

    /** @param id the case @param r who, departmentId @return its state */
    @Operation(summary = "Assign to a responsible department (交办, ZG-15-02); actor: a platform operator or the grid agency of the case's jurisdiction")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "to public security", value = "{\"actor\":\"OP-1\",\"departmentId\":\"ORG-ZLJ-PSB\"}")))
    @PostMapping(path = "/{id}/assign", produces = "application/json")
    public CaseView assign(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.assign(id, r.departmentId(), a));
    }

    /** @param id the case @param r the department (actor) @return its state */
    @Operation(summary = "Sign for the assigned case (签收, ZG-15-04); actor: the department")
    @PostMapping(path = "/{id}/sign-for", produces = "application/json")
    public CaseView signFor(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.signFor(id, a));
    }

    /** @param id the case @param r the department (actor), result @return its state */
    @Operation(summary = "Feed back the result (反馈, ZG-15-03); actor: the department")
    @PostMapping(path = "/{id}/feed-back", produces = "application/json")
    public CaseView feedBack(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.feedBack(id, a, r.result()));
    }

    /** @param id the case @param r the department (actor), reason @return its state */
    @Operation(summary = "Hand back to the platform with a reason, at most case.handback.max times (退回, ZG-15-05); actor: the department")
    @PostMapping(path = "/{id}/hand-back", produces = "application/json")
    public CaseView handBack(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.handBack(id, a, r.reason()));
    }

    /** @param id the case @param r the agency (actor), reason @return its state */
    @Operation(summary = "Supervise a case a department is handling (督办, Art. 15 ¶1); actor: the grid agency of the case's jurisdiction")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(
            name = "residents called again", value = "{\"reason\":\"residents called again\"}")))
    @PostMapping(path = "/{id}/supervise", produces = "application/json")
    public CaseView supervise(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.supervise(id, a, r.reason()));
    }

    /** @param id the case @param r who, outcome @return its state */
    @Operation(summary = "Verify the result (核查, Art. 15); actor: a platform operator or the grid agency of the case's jurisdiction")
    @PostMapping(path = "/{id}/verify", produces = "application/json")
    public CaseView verify(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.verify(id, r.outcome(), a));
    }

    /** @param id the case @param r who @return its state */
    @Operation(summary = "Close (结案, Art. 15); actor: a platform operator or the grid agency of the case's jurisdiction")
    @PostMapping(path = "/{id}/close", produces = "application/json")
    public CaseView close(@PathVariable String id, @RequestBody StepRequest r) {
        return take(id, r, a -> cases.close(id, a));
    }

    /** @param id the case @return its state */
    @Operation(summary = "A case's state")
    @GetMapping(path = "/{id}", produces = "application/json")
    public CaseView state(@PathVariable String id) {
        return CaseView.of(cases.state(id));
    }

    /** @param id the case @return its audit trail */
    @Operation(summary = "A case's audit trail: who did what, when, under which rule")
    @GetMapping(path = "/{id}/audit-trail", produces = "application/json")
    public List<AuditView> auditTrail(@PathVariable String id) {
        return cases.auditTrail(id).stream().map(AuditView::of).toList();
    }

    /**
     * @param grid       a grid
     * @param department a department
     * @return the overdue cases of the one given
     */
    @Operation(summary = "Overdue cases of a grid (?grid=) or of a department (?department=)")
    @GetMapping(path = "/overdue", produces = "application/json")
    public List<CaseView> overdue(@RequestParam(required = false) String grid, @RequestParam(required = false) String department) {
        if ((grid == null) == (department == null)) {
            throw new IllegalArgumentException("give exactly one of ?grid= and ?department=");
        }
        return (grid != null ? cases.overdueCasesInGrid(grid) : cases.overdueCasesOfDepartment(department)).stream().map(CaseView::of).toList();
    }

    /**
     * Takes one case step as the caller's {@link Actor} and answers the case's state: the one shape of every step endpoint.
     *
     * @param id   the case
     * @param r    the step's body (its {@code actor} names who acts, when no one is signed in)
     * @param step the step, taken as the actor
     * @return the case's state after the step
     */
    private CaseView take(String id, StepRequest r, Consumer<Actor> step) {
        step.accept(actor(r == null ? null : r.actor()));
        return state(id);
    }

    /**
     * The caller as an {@link Actor}: the one the resolver knows (its role and what it acts for, checked by the kernel), or
     * — only with {@code wangge.web.trust-request-actor=true} — the {@linkplain Actor#system(String) system actor} named by
     * the request (unchecked, recorded so in the audit trail).
     */
    private Actor actor(String requested) {
        Actor a = actors.actor(requested);
        if (a != null) {
            return a;
        }
        if (!trustRequestActor) {
            throw new WanggeActorResolver.ActorRefusedException("no role is known for the caller, so no case step can be checked: sign in "
                    + "with one of the roles ROLE_GRID_WORKER, ROLE_PLATFORM_OPERATOR, ROLE_DEPARTMENT, ROLE_GRID_AGENCY, give a "
                    + "WanggeActorResolver bean that maps the caller to an Actor, or — behind a trusted gateway only — set "
                    + "wangge.web.trust-request-actor=true to take the steps as the system actor the request names", true);
        }
        return Actor.system(actors.resolve(requested));
    }
}
