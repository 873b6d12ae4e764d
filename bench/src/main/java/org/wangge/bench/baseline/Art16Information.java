package org.wangge.bench.baseline;

import java.util.HashSet;
import java.util.Set;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.information.SystemConnection;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;

/** Art. 16: a city or county department handling cases is connected (ZG-16-01); exchanges record their legal basis (ZG-16-02). */
final class Art16Information {

    private final City c;
    private final Set<String> handling = new HashSet<>();

    Art16Information(City c) {
        this.c = c;
    }

    void caseAssignedTo(String departmentId) {
        if (departmentId != null) {
            handling.add(departmentId);
        }
    }

    private static boolean cityOrCounty(Organisation o) {
        return o.level() == GovernmentLevel.CITY || o.level() == GovernmentLevel.COUNTY;
    }

    void finish() {
        Set<String> connected = new HashSet<>();
        for (SystemConnection sc : c.s.connections()) {
            if (sc.isConnectedOn(c.day)) {
                connected.add(sc.departmentId());
            }
        }
        for (Organisation o : c.s.organisations()) {
            if (o.kind() == OrganisationKind.DEPARTMENT && cityOrCounty(o) && !connected.contains(o.id()) && handling.contains(o.id())) {
                c.violation("ZG-16-01", "Organisation", o.id(), c.day);
            }
        }
        for (DataExchange x : c.s.exchanges()) {
            Organisation from = c.orgs.get(x.fromId());
            if (!x.hasLegalBasis() && !x.on().isAfter(c.day) && from != null && cityOrCounty(from)
                    && (from.kind() == OrganisationKind.DEPARTMENT || from.kind() == OrganisationKind.PEOPLES_GOVERNMENT)) {
                c.violation("ZG-16-02", "DataExchange", x.id(), x.on());
            }
        }
    }
}
