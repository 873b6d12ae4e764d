package org.wangge.spring.boot.autoconfigure.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;
import org.wangge.spring.boot.autoconfigure.web.WanggeCaseController;
import org.wangge.spring.boot.autoconfigure.web.WanggeCheckController;

/**
 * Documents the errors of each operation of the REST API in the OpenAPI document: the {@code application/problem+json}
 * responses {@code WanggeProblems} gives (400, 403, 404, 409, 413, 422, where they apply), each with an example carrying
 * the kernel's fields ({@code constraint}, {@code case}, {@code step}, {@code field}). One place for all operations, so
 * that the document cannot forget a step. Not API.
 */
public final class OpenApiProblems implements OperationCustomizer {

    /** The media type of every error. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** RFC 9457's members and the kernel's. */
    private static final Schema<?> PROBLEM = new io.swagger.v3.oas.models.media.ObjectSchema()
            .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema().format("uri"))
            .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
            .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
            .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema().description("what is wrong and how to fix it; masked"))
            .addProperty("instance", new io.swagger.v3.oas.models.media.StringSchema().format("uri"))
            .addProperty("constraint", new io.swagger.v3.oas.models.media.StringSchema().description("the constraint or article, e.g. ZG-15-01"))
            .addProperty("case", new io.swagger.v3.oas.models.media.StringSchema().description("the case id"))
            .addProperty("step", new io.swagger.v3.oas.models.media.StringSchema().description("the step the path asked for, e.g. accept"))
            .addProperty("field", new io.swagger.v3.oas.models.media.StringSchema().description("the request field at fault"))
            .addProperty("problems", new io.swagger.v3.oas.models.media.ArraySchema().description("a snapshot's problems: line, column, field, message"));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Class<?> type = handler.getBeanType();
        boolean cases = WanggeCaseController.class.isAssignableFrom(type);
        boolean checks = WanggeCheckController.class.isAssignableFrom(type);
        if (!cases && !checks) {
            return operation;
        }
        boolean post = handler.hasMethodAnnotation(PostMapping.class);
        boolean onCase = false;
        for (var p : handler.getMethodParameters()) {
            onCase |= p.hasParameterAnnotation(PathVariable.class);
        }
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        if (cases) {
            String step = step(handler);
            responses.addApiResponse("400", problem("a field is missing or cannot be read (an unknown enum value, a blank id)",
                    Map.of("a missing field", body(400, "Bad request", "caseId is missing: give the id of the case (Art. 14)",
                            "/api/wangge/cases", Map.of("field", "caseId", "step", "collect")))));
            if (post) {
                Map<String, Example> forbidden = new LinkedHashMap<>();
                forbidden.put("wrong role", body(403, "Step refused to actor", "case C-1: step " + step + " refused to GRID_WORKER W-1: "
                        + "only a platform operator or the grid agency takes this step (ZG-15-01)", path(step),
                        Map.of("constraint", "ZG-15-01", "case", "C-1", "step", step)));
                forbidden.put("outside the jurisdiction", body(403, "Step refused to actor", "case C-1: step " + step
                        + " refused to PLATFORM_OPERATOR OP-RONG: grid G-COMM-1 lies in 510302001001, outside its jurisdiction 510321 (ZG-15-01)",
                        path(step), Map.of("constraint", "ZG-15-01", "case", "C-1", "step", step)));
                forbidden.put("acting as another", body(403, "Actor refused", "the caller is signed in as OP-1 and cannot act as OP-2; "
                        + "leave \"actor\" out or name yourself", path(step), Map.of("field", "actor", "step", step)));
                responses.addApiResponse("403", problem("the actor may not take this step: its role, the grid or department it acts for, "
                        + "or its jurisdiction; recorded as REFUSED in the case's audit trail", forbidden));
                responses.addApiResponse("413", problem("the body is larger than wangge.web.max-request-size",
                        Map.of("too large", body(413, "Content Too Large", "the request body passes 10485760 bytes, the most this API reads "
                                + "(wangge.web.max-request-size)", path(step), Map.of()))));
                responses.addApiResponse("422", problem("a rule refuses the step (routing table, a missing reason, a taken id…)",
                        Map.of("routing", body(422, "Step refused", "case C-1 cannot be assigned to ORG-ZLJ-CIVIL (CIVIL_AFFAIRS): ZG-15-02 the "
                                + "department's duties do not cover the case; responsible kinds: [JUSTICE_ADMINISTRATION, PUBLIC_SECURITY]",
                                path(step), Map.of("constraint", "ZG-15-02", "case", "C-1", "step", step)))));
            }
            if (onCase) {
                responses.addApiResponse("404", problem("no case has this id",
                        Map.of("unknown case", body(404, "Unknown case", "case C-9 is not known to the platform: no case with this id was "
                                + "started (Art. 14, 15)", "/api/wangge/cases/C-9" + (post ? "/" + step : ""),
                                post ? Map.of("constraint", "Art. 14, 15", "case", "C-9", "step", step) : Map.of("constraint", "Art. 14, 15", "case", "C-9")))));
            }
            if (post && onCase) {
                responses.addApiResponse("409", problem("the step is not open on the case now (it is elsewhere in its flow), or the case "
                        + "changed concurrently", Map.of("not open", body(409, "Step not open", "case C-1: step '" + step + "' is not open: "
                        + "it waits for another step", path(step), Map.of("constraint", "Art. 15 ¶1", "case", "C-1", "step", step)))));
            }
        } else if (post) {
            responses.addApiResponse("400", problem("the snapshot cannot be read: each problem with its line, column and field",
                    Map.of("unreadable snapshot", body(400, "Unreadable snapshot", "the snapshot cannot be read: 1 problem(s)", "/api/wangge/check",
                            Map.of("field", "asOf", "problems", java.util.List.of(Map.of("line", 3, "column", 7, "field", "asOf",
                                    "message", "not a date (YYYY-MM-DD)")))))));
            responses.addApiResponse("413", problem("the snapshot is larger than wangge.web.max-request-size",
                    Map.of("too large", body(413, "Content Too Large", "the request body passes 10485760 bytes, the most this API reads "
                            + "(wangge.web.max-request-size)", "/api/wangge/check", Map.of()))));
        } else if (onCase) {
            responses.addApiResponse("404", problem("no constraint has this id",
                    Map.of("unknown constraint", body(404, "Unknown constraint", "no constraint ZG-99-99 in the rule pack in force; IDs look like ZG-08-01 (see docs/traceability.md)",
                            "/api/wangge/constraints/ZG-99-99", Map.of("constraint", "ZG-99-99")))));
        }
        operation.setResponses(responses);
        return operation;
    }

    /** @return the step a case endpoint takes, as its path names it ({@code accept}, {@code sign-for}…), or {@code collect} */
    private static String step(HandlerMethod handler) {
        PostMapping m = handler.getMethodAnnotation(PostMapping.class);
        if (m == null || m.path().length == 0) {
            return "collect";
        }
        String p = m.path()[0];
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String path(String step) {
        return "collect".equals(step) ? "/api/wangge/cases" : "/api/wangge/cases/C-1/" + step;
    }

    private static ApiResponse problem(String description, Map<String, Example> examples) {
        MediaType media = new MediaType().schema(PROBLEM);
        media.setExamples(new LinkedHashMap<>(examples));
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private static Example body(int status, String title, String detail, String instance, Map<String, Object> fields) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "about:blank");
        v.put("title", title);
        v.put("status", status);
        v.put("detail", detail);
        v.put("instance", instance);
        v.putAll(new java.util.TreeMap<>(fields));
        return new Example().value(v);
    }
}
