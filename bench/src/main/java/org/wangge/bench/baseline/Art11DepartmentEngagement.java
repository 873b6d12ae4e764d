package org.wangge.bench.baseline;

import java.time.LocalDate;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.rules.facts.EngagementUnderCheck;

/** Art. 11: consent (ZG-11-01), personnel and funds (ZG-11-02), help (ZG-11-03) of engagements under check. */
final class Art11DepartmentEngagement {

    private Art11DepartmentEngagement() {
    }

    static void check(City c) {
        String required = c.params.value("engagement.support.required");
        for (Engagement e : c.s.engagements()) {
            if (e.from().isAfter(c.day) || (e.to() != null && e.to().isBefore(City.IN_FORCE))) {
                continue; // not yet begun, or ended before the Measures took effect
            }
            LocalDate from = e.from().isBefore(City.IN_FORCE) ? City.IN_FORCE : e.from();
            consent(c, e, from);
            if (e.personnelAllocated() <= 0 || e.fundsAllocated().signum() <= 0) {
                c.violation("ZG-11-02", "Engagement", e.id(), from);
            }
            if (e.support().isEmpty()) {
                c.violation("ZG-11-03", "Engagement", e.id(), from);
            } else if (!new EngagementUnderCheck(e, from).missingSupport(required).isEmpty()) {
                c.warning("ZG-11-03", "Engagement", e.id(), from);
            }
        }
    }

    private static void consent(City c, Engagement e, LocalDate from) {
        String by = e.consentById();
        LocalDate on = e.consentDate();
        if (by == null || (on != null && on.isAfter(c.day))) {
            c.violation("ZG-11-01", "Engagement", e.id(), from); // none by the check date
            if (by == null) {
                return;
            }
        }
        Organisation o = c.orgs.get(by);
        boolean cityAgency = o != null && o.isCityGridAgency();
        if (cityAgency && on != null && on.isAfter(from) && !on.isAfter(c.day)) {
            c.violation("ZG-11-01", "Engagement", e.id(), from); // late: breach until consent
        }
        if (cityAgency && on == null) {
            c.violation("ZG-11-01", "Engagement", e.id(), from); // undated
        }
        if (!cityAgency && (on == null || !on.isAfter(c.day))) {
            c.violation("ZG-11-01", "Engagement", e.id(), from); // from another body
        }
    }
}
