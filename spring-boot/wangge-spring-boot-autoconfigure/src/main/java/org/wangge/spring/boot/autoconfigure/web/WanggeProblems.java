package org.wangge.spring.boot.autoconfigure.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.wangge.kernel.io.report.PersonalDataMask;
import org.wangge.kernel.io.snapshot.FileProblem;
import org.wangge.kernel.io.snapshot.SnapshotFileException;
import org.wangge.kernel.process.StepConflictException;
import org.wangge.kernel.process.StepNotOpenException;
import org.wangge.kernel.process.StepRefusedException;
import org.wangge.kernel.process.UnknownSubjectException;
import org.wangge.kernel.process.WanggeProcessException;
import org.wangge.spring.boot.autoconfigure.WanggeActorResolver;

/**
 * Every error of the REST API as {@code application/problem+json} (RFC 9457) with the fields the kernel's
 * exceptions carry: {@code constraint} (the rule or article), {@code case} (the subject), {@code step} (the
 * path's step), {@code field} and {@code problems} (a snapshot's line, column and field). Details are masked.
 */
@RestControllerAdvice(assignableTypes = {WanggeCheckController.class, WanggeCaseController.class})
public class WanggeProblems {

    /** @param e a refused, closed, conflicting or unknown step @param request the request @return the problem */
    @ExceptionHandler(WanggeProcessException.class)
    public ResponseEntity<ProblemDetail> process(WanggeProcessException e, HttpServletRequest request) {
        HttpStatus status = e instanceof UnknownSubjectException ? HttpStatus.NOT_FOUND
                : e instanceof StepNotOpenException || e instanceof StepConflictException ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT;
        if (e instanceof StepRefusedException r && r.step() != null) { // the actor may not take the step
            status = HttpStatus.FORBIDDEN;
        }
        String title = e instanceof StepRefusedException r2 && r2.step() != null ? "Step refused to actor"
                : e instanceof UnknownSubjectException ? "Unknown case" : e instanceof StepNotOpenException ? "Step not open"
                : e instanceof StepConflictException ? "Step changed concurrently" : "Step refused";
        ProblemDetail p = problem(status, title, e.getMessage(), request);
        p.setProperty("constraint", e.rule());
        p.setProperty("case", e.subjectId());
        p.setProperty("step", step(request));
        if (e instanceof StepRefusedException r && !r.findings().isEmpty()) {
            p.setProperty("findings", r.findings().stream().map(PersonalDataMask::maskText).toList());
        }
        return answer(p);
    }

    /** @param e an unreadable snapshot @param request the request @return the problem, with every file problem */
    @ExceptionHandler(SnapshotFileException.class)
    public ResponseEntity<ProblemDetail> snapshot(SnapshotFileException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Unreadable snapshot", "the snapshot cannot be read: "
                + e.problems().size() + " problem(s)", request);
        List<FileProblem> problems = e.problems();
        if (!problems.isEmpty() && problems.get(0).field() != null) {
            p.setProperty("field", problems.get(0).field());
        }
        p.setProperty("problems", problems.stream().map(f -> Map.of("line", f.line(), "column", f.column(),
                "field", f.field() == null ? "" : f.field(), "message", PersonalDataMask.maskText(f.message()))).toList());
        return answer(p);
    }

    /** @param e an unknown constraint @param request the request @return the problem */
    @ExceptionHandler(WanggeCheckController.UnknownConstraintException.class)
    public ResponseEntity<ProblemDetail> constraint(WanggeCheckController.UnknownConstraintException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "Unknown constraint", e.getMessage(), request);
        p.setProperty("constraint", e.id());
        return answer(p);
    }

    /** @param e a caller who may not act as the actor named @param request the request @return the problem */
    @ExceptionHandler(WanggeActorResolver.ActorRefusedException.class)
    public ResponseEntity<ProblemDetail> actor(WanggeActorResolver.ActorRefusedException e, HttpServletRequest request) {
        ProblemDetail p = problem(e.authenticated() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST, "Actor refused", e.getMessage(), request);
        p.setProperty("field", "actor");
        p.setProperty("step", step(request));
        return answer(p);
    }

    /** @param e a body that cannot be read, or too large @param request the request @return the problem */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimit.TooLargeException tooLarge) {
                return answer(problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", tooLarge.getMessage(), request));
            }
        }
        String field = null;
        if (e.getCause() instanceof tools.jackson.databind.DatabindException j && !j.getPath().isEmpty()) {
            field = j.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse(null);
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Unreadable request", "the request body cannot be read"
                + (field != null ? " at field " + field : "") + ": check it against the OpenAPI document (/v3/api-docs)", request);
        if (field != null) {
            p.setProperty("field", field);
        }
        return answer(p);
    }

    /** @param e a bad argument @param request the request @return the problem */
    @ExceptionHandler({IllegalArgumentException.class, NullPointerException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class, HttpMediaTypeNotSupportedException.class})
    public ResponseEntity<ProblemDetail> badArgument(Exception e, HttpServletRequest request) {
        HttpStatus status = e instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
        String detail = e instanceof NullPointerException ? "a required field is missing: " + e.getMessage() : e.getMessage();
        ProblemDetail p = problem(status, "Bad request", detail, request);
        if (e instanceof NullPointerException && e.getMessage() != null && e.getMessage().matches("[A-Za-z]+")) {
            p.setProperty("field", e.getMessage()); // Objects.requireNonNull(x, "field") in the kernel's records
        } else if (e instanceof MissingServletRequestParameterException m) {
            p.setProperty("field", m.getParameterName());
        } else if (e instanceof MethodArgumentTypeMismatchException m) {
            p.setProperty("field", m.getName());
        }
        p.setProperty("step", step(request));
        return answer(p);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, PersonalDataMask.maskText(detail));
        p.setTitle(title);
        p.setInstance(java.net.URI.create(request.getRequestURI()));
        return p;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** The step a request asked for: the last path segment of a case step ({@code accept}, {@code assign}…), else null. */
    static String step(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int cases = uri.indexOf("/cases/");
        if (cases < 0 || !"POST".equals(request.getMethod())) {
            return "POST".equals(request.getMethod()) && uri.endsWith("/cases") ? "collect" : null;
        }
        String rest = uri.substring(cases + "/cases/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? null : rest.substring(slash + 1);
    }
}
