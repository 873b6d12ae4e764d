package org.wangge.examples.boot;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.io.snapshot.FileProblem;
import org.wangge.kernel.io.snapshot.SnapshotFileException;
import org.wangge.kernel.io.snapshot.SnapshotFiles;

/**
 * {@code POST /api/check} with a snapshot (YAML or JSON, the kernel's snapshot file format) in the body: the
 * findings of a check against the Measures, as of the snapshot's date or {@code ?asOf=YYYY-MM-DD}.
 */
@RestController
@RequestMapping("/api")
public class CheckController {

    private final RuleEngine engine;

    public CheckController(RuleEngine engine) {
        this.engine = engine;
    }

    /** One finding, as the endpoint returns it: ids and messages, never personal data. */
    public record FindingView(String constraintId, String citation, String severity, String subjectKind, String subjectId,
            LocalDate occurredOn, String messageZh, String messageEn) {

        static FindingView of(Finding f) {
            return new FindingView(f.constraintId(), f.citation().toString(), f.severity().name(), f.subject().kind(),
                    f.subject().id(), f.occurredOn(), f.messageZh(), f.messageEn());
        }
    }

    /** The endpoint's answer. */
    public record CheckView(String jurisdiction, LocalDate asOf, String pack, String summary, List<FindingView> findings) {
    }

    @PostMapping(path = "/check", consumes = {"application/yaml", "application/x-yaml", "application/json", "text/plain"})
    public CheckView check(@RequestBody String snapshotFile, @RequestParam(required = false) LocalDate asOf) {
        CitySnapshot snapshot = SnapshotFiles.read(new StringReader(snapshotFile), "request body");
        CheckReport report = engine.check(snapshot, asOf != null ? asOf : snapshot.asOf());
        return new CheckView(report.jurisdiction(), report.asOf(), report.pack().name() + " " + report.pack().version(),
                report.summary(), report.findings().stream().map(FindingView::of).toList());
    }

    /** A snapshot that cannot be read: 400 with every problem (line, column, field). */
    @ExceptionHandler(SnapshotFileException.class)
    ResponseEntity<Map<String, Object>> unreadable(SnapshotFileException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "the snapshot cannot be read",
                "problems", e.problems().stream().map(FileProblem::toString).toList()));
    }
}
