package org.wangge.examples.check;

import java.nio.file.Path;
import org.wangge.kernel.io.report.ReportLanguage;
import org.wangge.kernel.io.report.TextReport;
import org.wangge.kernel.io.snapshot.SnapshotFiles;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.RuleEngine;

/**
 * A production host in a dozen lines: read the city's snapshot file, check it against the Measures as of its
 * date, print the report (personal data masked). {@code java ... CheckSnapshot city.yaml [zh|en]}.
 */
public final class CheckSnapshot {

    private CheckSnapshot() {
    }

    /**
     * @param snapshotFile a snapshot file (YAML or JSON)
     * @param engine       the rule engine (compile once, share)
     * @return the report
     */
    public static CheckReport check(Path snapshotFile, RuleEngine engine) {
        CitySnapshot snapshot = SnapshotFiles.read(snapshotFile);
        return engine.check(snapshot, snapshot.asOf());
    }

    /**
     * @param args the snapshot file, then optionally the report language (zh or en; default en)
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CheckSnapshot <snapshot.yaml|json> [zh|en]");
            System.exit(2);
        }
        CheckReport report = check(Path.of(args[0]), RuleEngine.zigong());
        ReportLanguage language = ReportLanguage.parse(args.length > 1 ? args[1] : "en");
        System.out.println(new TextReport(language).render(report));
        System.exit(report.hasNoViolations() ? 0 : 1);
    }
}
