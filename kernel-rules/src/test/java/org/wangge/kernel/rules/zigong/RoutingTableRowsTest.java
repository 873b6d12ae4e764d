package org.wangge.kernel.rules.zigong;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;

/**
 * Every row of the routing table ({@code routing.drl.csv}, ZG-15-02, ZG-23-01) shows its effect: a case of every Art. 9
 * item, with and without obstruction of a grid worker, is assigned to a department of every kind, and ZG-15-02 flags
 * exactly the assignments this test's own copy of the table does not allow. Deleting, adding or changing a row of the
 * table makes some assignment come out differently and this test fail (the table is the policy; this copy is its
 * specification, to be changed with it).
 */
class RoutingTableRowsTest extends RuleTestSupport {

    /** The rows of the table, by Art. 9 item; ASSIGNED_BY_PARTY_AND_GOVERNMENT has the "any department" row. */
    static final Map<MatterCategory, Set<DepartmentKind>> TABLE = Map.ofEntries(
            entry(MatterCategory.BASIC_INFORMATION, EnumSet.of(DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.PUBLIC_SECURITY)),
            entry(MatterCategory.PUBLIC_OPINION, EnumSet.of(DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.GOVERNMENT_SERVICES_DIGITAL)),
            entry(MatterCategory.PUBLICITY, EnumSet.of(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.HUMAN_RESOURCES_SOCIAL_SECURITY,
                    DepartmentKind.HEALTH, DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.ECOLOGY_ENVIRONMENT,
                    DepartmentKind.EMERGENCY_MANAGEMENT, DepartmentKind.MARKET_REGULATION, DepartmentKind.FIRE_RESCUE)),
            entry(MatterCategory.PUBLIC_WELFARE_AND_CONVENIENCE, EnumSet.of(DepartmentKind.CIVIL_AFFAIRS,
                    DepartmentKind.GOVERNMENT_SERVICES_DIGITAL, DepartmentKind.HUMAN_RESOURCES_SOCIAL_SECURITY,
                    DepartmentKind.MEDICAL_INSURANCE)),
            entry(MatterCategory.DISPUTES, EnumSet.of(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.PUBLIC_SECURITY)),
            entry(MatterCategory.SAFETY_HAZARDS, EnumSet.of(DepartmentKind.EMERGENCY_MANAGEMENT, DepartmentKind.FIRE_RESCUE)),
            entry(MatterCategory.RENTAL_HOUSING_AND_FLOATING_POPULATION, EnumSet.of(DepartmentKind.PUBLIC_SECURITY)),
            entry(MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, EnumSet.allOf(DepartmentKind.class)));
    /** The obstruction row (Art. 23): public security, whatever the item. */
    static final DepartmentKind OBSTRUCTION = DepartmentKind.PUBLIC_SECURITY;

    static boolean allowed(MatterCategory category, DepartmentKind kind, boolean obstruction) {
        return TABLE.getOrDefault(category, Set.of()).contains(kind) || (obstruction && kind == OBSTRUCTION);
    }

    @Test
    void each_row_of_the_routing_table_allows_exactly_its_assignments() {
        List<Object> facts = new ArrayList<>();
        List<String[]> assignments = new ArrayList<>();
        for (DepartmentKind kind : DepartmentKind.values()) {
            facts.add(new Organisation("RT-D-" + kind, "分流表测试部门 " + kind, OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY, kind,
                    "510302", null));
        }
        for (MatterCategory category : MatterCategory.values()) {
            for (DepartmentKind kind : DepartmentKind.values()) {
                for (boolean obstruction : new boolean[] {false, true}) {
                    String id = "RT-" + category + "-" + kind + (obstruction ? "-OBSTRUCTION" : "");
                    Case c = kase(id, category, CompliantCity.MATTER_OPINION, false, obstruction,
                            timeline("2025-06-02T09:00", null, "2025-06-02T10:00", "2025-06-02T14:00", "2025-06-02T15:00",
                                    "2025-06-05T16:00"), "RT-D-" + kind, List.of());
                    facts.add(c);
                    assignments.add(new String[] {id, category.name(), kind.name(), String.valueOf(obstruction)});
                }
            }
        }
        List<Finding> findings = findings(CompliantCity.with(facts.toArray()), "ZG-15-02");
        Set<String> flagged = new TreeSet<>();
        findings.forEach(f -> flagged.add(f.subject().id()));
        List<String> wrong = new ArrayList<>();
        int allowedCount = 0;
        for (String[] a : assignments) {
            boolean ok = allowed(MatterCategory.valueOf(a[1]), DepartmentKind.valueOf(a[2]), Boolean.parseBoolean(a[3]));
            allowedCount += ok ? 1 : 0;
            if (ok == flagged.contains(a[0])) {
                wrong.add(a[0] + (ok ? " is allowed by the table but flagged" : " is not in the table but not flagged"));
            }
        }
        assertThat(wrong).as("assignments the routing table decides differently from its specification").isEmpty();
        assertThat(allowedCount).as("assignments allowed").isGreaterThan(0).isLessThan(assignments.size());
    }

    @Test
    void the_table_has_one_row_per_department_kind_of_an_item_plus_the_any_and_obstruction_rows() throws IOException {
        long rows;
        try (InputStream in = RuleEngine.class.getClassLoader().getResourceAsStream(RuleEngine.ZIGONG_PACK + "/routing.drl.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.matches("^(?:[A-Z_]+,(?:true|false)?|,(?:true|false)),[A-Z_]*,X?,.*")).count();
        }
        long specified = TABLE.entrySet().stream()
                .filter(e -> e.getKey() != MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT).mapToLong(e -> e.getValue().size()).sum();
        assertThat(rows).as("data rows of routing.drl.csv").isEqualTo(specified + 2);
    }
}
