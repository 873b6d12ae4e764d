package org.wangge.spring.boot.autoconfigure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wangge.kernel.io.report.PersonalDataMask;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.ConstraintDefinition;
import org.wangge.kernel.rules.Finding;
import org.wangge.spring.boot.autoconfigure.WanggeChecks;

/** {@code POST {base}/check} and {@code GET {base}/constraints/{id}}: checks against the Measures, and what a constraint says. */
@RestController
@RequestMapping("${wangge.web.base-path:/api/wangge}")
@Tag(name = "checks", description = "check a city snapshot against the Zigong Measures; explain a constraint")
public class WanggeCheckController {

    static final String EXAMPLE_SNAPSHOT = """
            format: wangge-snapshot/1
            jurisdiction: '510300'
            asOf: 2025-06-30
            """;

    private final WanggeChecks checks;

    /** @param checks the measured checks */
    public WanggeCheckController(WanggeChecks checks) {
        this.checks = checks;
    }

    /** One finding: ids, messages and masked evidence — never personal data in clear. */
    public record FindingView(String constraintId, String citation, String severity, String subjectKind, String subjectId,
            LocalDate occurredOn, String messageZh, String messageEn, Map<String, String> evidence) {

        static FindingView of(Finding f) {
            return new FindingView(f.constraintId(), f.citation().toString(), f.severity().name(), f.subject().kind(),
                    f.subject().id(), f.occurredOn(), PersonalDataMask.maskText(f.messageZh()), PersonalDataMask.maskText(f.messageEn()),
                    PersonalDataMask.maskedEvidence(f));
        }
    }

    /** A check's answer. */
    public record CheckView(String jurisdiction, LocalDate asOf, String pack, String summary, List<FindingView> findings) {
    }

    /** A constraint of the catalogue. */
    public record ConstraintView(String id, String citation, String severity, Set<String> severities, LocalDate inForceFrom,
            String titleEn, String quoteZh, String templateZh, String templateEn) {
    }

    /**
     * @param snapshotFile the snapshot, in the kernel's file format (YAML or JSON)
     * @param asOf         the day to judge (default: the snapshot's)
     * @return the findings
     */
    @Operation(summary = "Check a snapshot", description = "The findings of a check against the Measures (personal data masked)."
            + " The body is a snapshot file (docs/snapshot-format.md), YAML or JSON.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
            @Content(mediaType = "application/yaml", examples = @ExampleObject(name = "empty city", value = EXAMPLE_SNAPSHOT)),
            @Content(mediaType = "application/json", examples = @ExampleObject(name = "empty city",
                    value = "{\"format\":\"wangge-snapshot/1\",\"jurisdiction\":\"510300\",\"asOf\":\"2025-06-30\"}"))})
    @PostMapping(path = "/check", consumes = {"application/yaml", "application/x-yaml", "application/json", "text/plain"},
            produces = "application/json")
    public CheckView check(@RequestBody String snapshotFile, @RequestParam(required = false) LocalDate asOf) {
        CitySnapshot snapshot = SnapshotFiles.read(new StringReader(snapshotFile), "request body");
        CheckReport report = checks.check(snapshot, asOf);
        return new CheckView(report.jurisdiction(), report.asOf(), report.pack().name() + " " + report.pack().version(),
                report.summary(), report.findings().stream().map(FindingView::of).toList());
    }

    /**
     * @param id   a constraint ID, e.g. ZG-08-01
     * @param asOf the day whose pack to ask (default today)
     * @return the constraint
     */
    @Operation(summary = "Explain a constraint", description = "What the constraint requires, the words of the Measures it encodes, its messages.")
    @GetMapping(path = "/constraints/{id}", produces = "application/json")
    public ConstraintView constraint(@PathVariable String id, @RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        ConstraintDefinition c = checks.engine().catalogue(day).get(id);
        if (c == null) {
            throw new UnknownConstraintException(id);
        }
        return new ConstraintView(c.id(), c.citation().toString(), c.severity().name(),
                c.severities().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                c.inForceFrom(), c.titleEn(), c.quoteZh(), c.templateZh(), c.templateEn());
    }

    /** No constraint with this ID in the pack in force. */
    public static final class UnknownConstraintException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String id;

        UnknownConstraintException(String id) {
            super("no constraint " + id + " in the rule pack in force; IDs look like ZG-08-01 (see docs/traceability.md)");
            this.id = id;
        }

        /** @return the ID asked for */
        public String id() {
            return id;
        }
    }
}
