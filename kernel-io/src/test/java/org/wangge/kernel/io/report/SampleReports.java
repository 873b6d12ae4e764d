package org.wangge.kernel.io.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.ConsequenceLevel;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;

/** Reports for the renderer tests: a synthetic one with awkward data, and a real check of the compliant city. */
public final class SampleReports {

    /** A synthetic resident ID number (valid form, not a real person's). */
    public static final String ID_NUMBER = "51030219900307123X";
    /** A synthetic mobile number. */
    public static final String MOBILE = "13812345678";

    static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    public static final RulePackInfo PACK = new RulePackInfo("zigong", "2024.1", LocalDate.of(2024, 2, 1), "510300", "test");

    private static RuleEngine engine;

    private SampleReports() {
    }

    /** @return a report with a finding under Art. 13 whose evidence holds personal data and markup, and one under Art. 7 */
    public static CheckReport synthetic() {
        Finding leak = new Finding("ZG-13-02", new Citation(13, 0, 2), Severity.VIOLATION, new Subject("GridWorker", "W-1"), DAY,
                LocalDate.of(2025, 6, 2), "网格员 W-1 超出网格查询个人信息 <b>", "grid worker W-1 accessed personal information <b> & more",
                Map.of("resident", ID_NUMBER, "phone", MOBILE, "workerName", "张三", "note", "<script>alert(\"x\")</script>",
                        "line", "a\nb\t\"q\"\\"),
                ConsequenceLevel.CORRECTION_AND_CIRCULAR, "ZG-13-02 personal information", "art13-worker-conduct.drl");
        Finding filing = new Finding("ZG-07-03", new Citation(7, 2, 0), Severity.WARNING, new Subject("Grid", "G-COMM-1"), DAY,
                LocalDate.of(2025, 6, 1), "网格调整尚未备案", "the adjustment is not yet filed", Map.of("graceDays", "30"), null,
                "ZG-07-03 filing", "art07-grid-division.drl");
        Finding scope = new Finding("ZG-02-01", new Citation(2, 0, 0), Severity.NOTICE, new Subject("Grid", "G-ELSEWHERE"), DAY,
                DAY, "不在本办法适用范围", "outside the jurisdiction", Map.of(), null, "ZG-02-01 scope", "art02-scope.drl");
        return new CheckReport(PACK, "510300", DAY, List.of(leak, filing, scope));
    }

    /** @return the built-in engine, loaded once */
    public static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.zigong();
        }
        return engine;
    }

    /** @return the compliant city with its community grid too small (ZG-08-01 WARNING on G-COMM-1) */
    public static CitySnapshot smallGridCity() {
        return CompliantCity.with(new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"),
                "檀木林社区第一网格", GridKind.COMMUNITY, null, Set.of(CompliantCity.COMMUNITY_CODE), 260, 700, "檀木林街1-30号",
                CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null));
    }

    /** @return the real check of {@link #smallGridCity()} */
    public static CheckReport smallGridReport() {
        return engine().check(smallGridCity(), CompliantCity.AS_OF);
    }
}
