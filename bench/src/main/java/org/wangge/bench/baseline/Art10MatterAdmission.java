package org.wangge.bench.baseline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.organisation.Organisation;

/**
 * Art. 10: the list and its compiler (ZG-10-01), barred matters (ZG-10-02), handed-down matters on the published list
 * (ZG-10-03). One pass over the cases finds each list's first use before publication.
 */
final class Art10MatterAdmission {

    private final City c;
    private final Map<String, Matter> matters = new HashMap<>();
    private final Map<String, MatterList> lists = new HashMap<>();
    /** list id → the first collection day of a case that used it before publication. */
    private final Map<String, LocalDate> firstEarlyUse = new HashMap<>();

    Art10MatterAdmission(City c) {
        this.c = c;
        for (Matter m : c.s.matters()) {
            matters.put(m.id(), m);
        }
        for (MatterList l : c.s.matterLists()) {
            lists.put(l.id(), l);
        }
    }

    /** ZG-10-03 for one case, and its use of an unpublished list. */
    void check(Case k) {
        LocalDate on = Cases.collectedOn(k);
        boolean outside;
        if (k.matterId() == null) {
            outside = true;
        } else {
            Matter m = matters.get(k.matterId());
            MatterList l = m == null ? null : lists.get(m.listId());
            outside = l == null || !l.isPublishedBy(on);
            if (l != null && !l.isPublishedBy(on)) {
                firstEarlyUse.merge(l.id(), on, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (outside && k.isHandedDown()) {
            c.violation("ZG-10-03", "Case", k.id(), on);
        }
    }

    /** After the cases: the lists, the matters, and whether any list is published. */
    void finish() {
        boolean anyPublished = false;
        for (MatterList l : c.s.matterLists()) {
            boolean published = l.isPublishedBy(c.day);
            anyPublished |= published;
            Organisation by = c.orgs.get(l.compiledById());
            if (by == null || !by.isCityGridAgency()) {
                c.violation("ZG-10-01", "MatterList", l.id(), c.day);
            }
            if (published && l.coCompilerIds().isEmpty()) {
                c.violation("ZG-10-01", "MatterList", l.id(), c.day);
            }
            if (published && !l.isPublishedToSociety()) {
                c.violation("ZG-10-01", "MatterList", l.id(), l.publishedOn().isBefore(City.IN_FORCE) ? c.day : l.publishedOn());
            }
            LocalDate first = firstEarlyUse.get(l.id());
            if (first != null) {
                c.violation("ZG-10-01", "MatterList", l.id(), first);
            }
        }
        if (!anyPublished) {
            for (Organisation o : c.s.organisations()) {
                if (o.isCityGridAgency()) {
                    c.violation("ZG-10-01", "Organisation", o.id(), c.day);
                }
            }
        }
        for (Matter m : c.s.matters()) {
            if (m.nature().isExcludedByArticle10()) {
                c.violation("ZG-10-02", "Matter", m.id(), c.day);
            }
        }
    }
}
