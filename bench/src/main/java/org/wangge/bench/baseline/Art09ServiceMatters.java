package org.wangge.bench.baseline;

import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;

/** Art. 9 (ZG-09-01): every case falls under one of the eight items; an item (8) matter names a Party committee or government. */
final class Art09ServiceMatters {

    private Art09ServiceMatters() {
    }

    static void check(City c, Case k) {
        if (k.category() == MatterCategory.OUTSIDE_ARTICLE_9) {
            c.warning("ZG-09-01", "Case", k.id(), Cases.collectedOn(k));
        } else if (k.category() == MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT) {
            String by = k.assignedById();
            Organisation o = by == null ? null : c.orgs.get(by);
            if (by == null || by.isBlank() || o == null || (o.kind() != OrganisationKind.PARTY_COMMITTEE
                    && o.kind() != OrganisationKind.PEOPLES_GOVERNMENT && o.kind() != OrganisationKind.TOWNSHIP_GOVERNMENT)) {
                c.warning("ZG-09-01", "Case", k.id(), Cases.collectedOn(k));
            }
        }
    }
}
