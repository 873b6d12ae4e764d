package org.wangge.kernel.testkit.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.DedicatedPlaceKind;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.information.DataExchange;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.Matter;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterList;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.notice.NoticeContent;
import org.wangge.kernel.model.notice.NoticedWorker;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.privacy.DisclosureKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.InsuranceKind;
import org.wangge.kernel.model.worker.InsurancePolicy;
import org.wangge.kernel.model.worker.LabourContract;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.model.worker.VisitCheckIn;
import org.wangge.kernel.testkit.generator.Draft.GridInfo;
import org.wangge.kernel.testkit.generator.Draft.Tenure;
import org.wangge.kernel.testkit.generator.Draft.WorkerInfo;

/**
 * One injector per constraint: each picks its share of candidate subjects (deterministically from the seed
 * and the constraint ID) and changes the facts so that exactly those subjects breach that constraint and no
 * other. Injections that would disturb each other never share a subject: a case gets at most one injection;
 * a grid gets at most one of ZG-07-01/ZG-07-04 (who divided it) and one of ZG-21-01/ZG-21-02 (its notice).
 */
final class Injectors {

    private static final String[] OUTSIDE = {"511002", "510502", "511502"};

    private final Draft d;
    private final CityGenerator.Settings s;
    private final List<InjectedBreach> out = new ArrayList<>();
    private final Set<Integer> claimedCases = new HashSet<>();
    private final Set<String> claimedDivider = new HashSet<>();
    private final Set<String> claimedNotice = new HashSet<>();
    private final Map<String, Integer> orgIndex = new HashMap<>();
    private Map<String, List<Integer>> casesByCollector;
    private long extraCounter;
    private final long casesCutoff15;
    private final long casesCutoff20;
    private final long casesCutoff30;

    Injectors(Draft draft, CityGenerator.Settings settings) {
        this.d = draft;
        this.s = settings;
        for (int i = 0; i < d.organisations.size(); i++) {
            orgIndex.put(d.organisations.get(i).id(), i);
        }
        long asOfStart = Draft.start(d.asOf);
        casesCutoff15 = asOfStart - 15 * 1440L;
        casesCutoff20 = asOfStart - 20 * 1440L;
        casesCutoff30 = asOfStart - 30 * 1440L;
    }

    List<InjectedBreach> apply() {
        for (String id : CityGenerator.CONSTRAINT_IDS) {
            if (!id.equals("ZG-16-01")) {
                run(id);
            }
        }
        run("ZG-16-01"); // last: which departments handle cases depends on the case injections
        return out;
    }

    private void run(String id) {
        double rate = s.rateOf(id);
        if (rate <= 0) {
            return;
        }
        SplittableRandom r = new SplittableRandom(Draft.mix(s.seed(), 0xB4EAC4L + id.hashCode()));
        switch (id) {
            case "ZG-02-01" -> zg0201(id, rate, r);
            case "ZG-07-01", "ZG-07-04" -> zg0701or04(id, rate, r);
            case "ZG-07-02" -> zg0702(id, rate, r);
            case "ZG-07-03" -> zg0703(id, rate, r);
            case "ZG-08-01", "ZG-08-02", "ZG-08-03" -> zg08(id, rate, r);
            case "ZG-09-01" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                return c.assignedDepartmentId() == null && c.timeline().resolvedOnSpot() != null && !c.obstructionOfWorker()
                        && !c.safetyHazard() && c.category() != MatterCategory.SAFETY_HAZARDS;
            }, (i, k) -> d.cases.set(i, CaseCopy.of(d.cases.get(i)).category(MatterCategory.OUTSIDE_ARTICLE_9).build()));
            case "ZG-10-01" -> zg1001(id, rate, r);
            case "ZG-10-02" -> zg1002(id, rate, r);
            case "ZG-10-03" -> caseInjection(id, rate, r, i -> d.cases.get(i).isHandedDown(),
                    (i, k) -> d.cases.set(i, CaseCopy.of(d.cases.get(i)).matterId(null).build()));
            case "ZG-11-01", "ZG-11-02", "ZG-11-03" -> zg11(id, rate, r);
            case "ZG-12-01" -> zg1201(id, rate, r);
            case "ZG-13-01", "ZG-13-02", "ZG-13-03", "ZG-13-04", "ZG-13-05", "ZG-13-06" -> zg13(id, rate, r);
            case "ZG-14-01" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                return c.collectedById() != null && c.timeline().closed() != null
                        && Draft.minute(c.timeline().collected()) < casesCutoff15;
            }, (i, k) -> {
                Case c = d.cases.get(i);
                boolean hazard = c.safetyHazard() || c.category() == MatterCategory.SAFETY_HAZARDS;
                long delay = (hazard ? d.terms.reportHazardHours.loose() : d.terms.reportHours.loose()) * 60L + 60 + r.nextInt(300);
                d.cases.set(i, shiftFrom(c, 1, delay));
            });
            case "ZG-15-01" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                return c.timeline().accepted() != null && c.timeline().closed() != null
                        && Draft.minute(c.timeline().collected()) < casesCutoff20;
            }, (i, k) -> {
                Case c = d.cases.get(i);
                LocalDate reported = c.timeline().reported().toLocalDate();
                long deadline = Draft.start(d.calendar.addWorkingDays(reported, d.terms.acceptWorkingDays.loose())) + 1439;
                long newAccepted = deadline + 60 + r.nextInt(1140);
                Case shifted = shiftFrom(c, 3, newAccepted - Draft.minute(c.timeline().accepted()));
                List<Supervision> sup = new ArrayList<>(shifted.supervisions()); // 督办 of the late acceptance (ZG-15-06)
                sup.add(new Supervision(Draft.at(deadline + 30), d.gridById.get(c.gridId()).county.agencyId, "逾期未受理，督办"));
                d.cases.set(i, CaseCopy.of(shifted).supervisions(sup).build());
            });
            case "ZG-15-02" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                return c.assignedDepartmentId() != null && !c.obstructionOfWorker()
                        && c.category() != MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT && c.category().isArticle9Matter();
            }, (i, k) -> {
                Case c = d.cases.get(i);
                String finance = d.gridById.get(c.gridId()).county.departments.get(DepartmentKind.FINANCE);
                d.cases.set(i, CaseCopy.of(c).assignedDepartmentId(finance).build());
            });
            case "ZG-15-03" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                // a hand-back answers the feedback limit too (the case returns to the platform): only cases without one
                return c.timeline().fedBack() != null && c.handBacks().isEmpty() && Draft.minute(c.timeline().collected()) < casesCutoff30;
            }, (i, k) -> {
                Case c = d.cases.get(i);
                boolean hazard = c.safetyHazard() || c.category() == MatterCategory.SAFETY_HAZARDS;
                long assigned = Draft.minute(c.timeline().assigned());
                long deadline = hazard ? assigned + d.terms.handleHazardHours.loose() * 60L
                        : Draft.start(d.calendar.addWorkingDays(c.timeline().assigned().toLocalDate(),
                                d.terms.handleWorkingDays.loose())) + 1439;
                long newFedBack = deadline + 60 + r.nextInt(2820);
                Case shifted = shiftFrom(c, 5, newFedBack - Draft.minute(c.timeline().fedBack()));
                List<Supervision> sup = new ArrayList<>(shifted.supervisions());
                sup.add(new Supervision(Draft.at(deadline + 30), d.gridById.get(c.gridId()).county.agencyId, "逾期未反馈，督办"));
                d.cases.set(i, CaseCopy.of(shifted).supervisions(sup).build());
            });
            case "ZG-15-04" -> caseInjection(id, rate, r, i -> {
                // a department that answers only with its feedback, after the sign-for limit but within the feedback limit
                Case c = d.cases.get(i);
                return c.timeline().fedBack() != null && c.handBacks().isEmpty() && !c.safetyHazard()
                        && c.category() != MatterCategory.SAFETY_HAZARDS && !c.obstructionOfWorker()
                        && d.terms.handleWorkingDays.strict() > d.terms.respondWorkingDays.loose()
                        && Draft.minute(c.timeline().collected()) < casesCutoff30;
            }, (i, k) -> {
                Case c = d.cases.get(i);
                long signDeadline = Draft.start(d.calendar.addWorkingDays(c.timeline().assigned().toLocalDate(),
                        d.terms.respondWorkingDays.loose())) + 1439;
                long newFedBack = signDeadline + 60 + r.nextInt(600);
                Case shifted = shiftFrom(c, 5, newFedBack - Draft.minute(c.timeline().fedBack()));
                CaseTimeline t = shifted.timeline();
                CaseTimeline unsigned = new CaseTimeline(t.collected(), t.resolvedOnSpot(), t.reported(), t.accepted(), t.assigned(),
                        t.fedBack(), t.verified(), t.closed(), null);
                List<Supervision> sup = new ArrayList<>(shifted.supervisions()); // 督办 of the late response (ZG-15-06)
                sup.add(new Supervision(Draft.at(signDeadline + 30), d.gridById.get(c.gridId()).county.agencyId, "逾期未签收，督办"));
                d.cases.set(i, CaseCopy.of(shifted).timeline(unsigned).supervisions(sup).build());
            });
            case "ZG-15-05" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                return c.timeline().fedBack() != null && c.handBacks().isEmpty() && c.assignedDepartmentId() != null
                        && !c.obstructionOfWorker() && Draft.minute(c.timeline().collected()) < casesCutoff15;
            }, (i, k) -> {
                // handed back without a reason, soon after signing for it; the agency supervises it the same hour
                Case c = d.cases.get(i);
                long at = Draft.minute(c.timeline().signedFor() != null ? c.timeline().signedFor() : c.timeline().assigned()) + 5;
                String agency = d.gridById.get(c.gridId()).county.agencyId;
                List<HandBack> hb = List.of(new HandBack(Draft.at(at), c.assignedDepartmentId(), null));
                List<Supervision> sup = new ArrayList<>(c.supervisions());
                sup.add(new Supervision(Draft.at(at + 30), agency, "退回无理由，督办"));
                d.cases.set(i, CaseCopy.of(c).handBacks(hb).supervisions(sup).build());
            });
            case "ZG-15-06" -> caseInjection(id, rate, r, i -> {
                // an acceptance late by a day that the agency never supervises: ZG-15-01 and ZG-15-06 on the one case
                Case c = d.cases.get(i);
                return c.timeline().accepted() != null && c.timeline().closed() != null && c.supervisions().isEmpty()
                        && Draft.minute(c.timeline().collected()) < casesCutoff20;
            }, (i, k) -> {
                Case c = d.cases.get(i);
                LocalDate reported = c.timeline().reported().toLocalDate();
                long deadline = Draft.start(d.calendar.addWorkingDays(reported, d.terms.acceptWorkingDays.loose())) + 1439;
                long newAccepted = deadline + 60 + r.nextInt(1140);
                d.cases.set(i, shiftFrom(c, 3, newAccepted - Draft.minute(c.timeline().accepted())));
                expect("ZG-15-01", "Case", c.id());
            });
            case "ZG-16-01" -> zg1601(id, rate, r);
            case "ZG-16-02" -> zg1602(id, rate, r);
            case "ZG-17-01" -> zg1701(id, rate, r);
            case "ZG-17-02" -> zg1702(id, rate, r);
            case "ZG-17-03" -> zg1703(id, rate, r);
            case "ZG-18-01" -> zg1801(id, rate, r);
            case "ZG-18-02", "ZG-18-03", "ZG-18-04" -> zg18cover(id, rate, r);
            case "ZG-19-01" -> zg1901(id, rate, r);
            case "ZG-21-01", "ZG-21-02" -> zg21(id, rate, r);
            case "ZG-23-01" -> caseInjection(id, rate, r, i -> {
                Case c = d.cases.get(i);
                return c.obstructionOfWorker() && c.assignedDepartmentId() != null;
            }, (i, k) -> {
                Case c = d.cases.get(i);
                DepartmentKind kind = c.category() == MatterCategory.DISPUTES ? DepartmentKind.JUSTICE_ADMINISTRATION
                        : DepartmentKind.CIVIL_AFFAIRS;
                d.cases.set(i, CaseCopy.of(c).assignedDepartmentId(d.gridById.get(c.gridId()).county.departments.get(kind)).build());
            });
            default -> throw new IllegalStateException("no injector for " + id);
        }
    }

    // ------------------------------------------------------------------ choosing

    private int count(double rate, int candidates) {
        int k = (int) Math.round(rate * candidates);
        if (rate > 0) {
            k = Math.max(k, Math.min(s.minimumBreaches(), candidates));
        }
        return Math.min(k, candidates);
    }

    private <T> List<T> choose(List<T> candidates, double rate, SplittableRandom r) {
        int k = count(rate, candidates.size());
        List<T> list = new ArrayList<>(candidates);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(list.size() - i);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
        return list.subList(0, k);
    }

    private int[] chooseIndices(int[] candidates, double rate, SplittableRandom r) {
        int k = count(rate, candidates.length);
        int[] a = candidates.clone();
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(a.length - i);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        int[] chosen = java.util.Arrays.copyOf(a, k);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private void expect(String id, String kind, String subject) {
        out.add(new InjectedBreach(id, kind, subject));
    }

    private List<GridInfo> activeGrids() {
        return d.gridInfos;
    }

    // ------------------------------------------------------------------ Art. 2

    private void zg0201(String id, double rate, SplittableRandom r) {
        List<String> candidates = new ArrayList<>();
        for (Draft.County c : d.counties) {
            candidates.addAll(c.socialOrganisations);
        }
        List<String> chosen = choose(candidates, rate, r);
        if (!chosen.isEmpty()) {
            d.divisions.add(new AdministrativeDivision("511000", "内江市", DivisionKind.CITY, null));
            d.divisions.add(new AdministrativeDivision("511002", "市中区", DivisionKind.COUNTY, "511000"));
            d.divisions.add(new AdministrativeDivision("510500", "泸州市", DivisionKind.CITY, null));
            d.divisions.add(new AdministrativeDivision("510502", "江阳区", DivisionKind.COUNTY, "510500"));
            d.divisions.add(new AdministrativeDivision("511500", "宜宾市", DivisionKind.CITY, null));
            d.divisions.add(new AdministrativeDivision("511502", "翠屏区", DivisionKind.COUNTY, "511500"));
        }
        int k = 0;
        for (String orgId : chosen) {
            int i = orgIndex.get(orgId);
            Organisation o = d.organisations.get(i);
            // a partner organisation registered in a neighbouring city: out of scope (NOTICE), nothing else
            d.organisations.set(i, new Organisation(o.id(), o.name(), o.kind(), o.level(), o.departmentKind(),
                    OUTSIDE[k++ % OUTSIDE.length], o.creditCode()));
            expect(id, "Organisation", orgId);
        }
    }

    // ------------------------------------------------------------------ Art. 7

    private void zg0701or04(String id, double rate, SplittableRandom r) {
        List<GridInfo> candidates = new ArrayList<>();
        for (GridInfo g : activeGrids()) {
            if (!claimedDivider.contains(g.id)) {
                candidates.add(g);
            }
        }
        for (GridInfo g : choose(candidates, rate, r)) {
            claimedDivider.add(g.id);
            Grid grid = d.grids.get(g.index);
            String divider;
            if (id.equals("ZG-07-01")) {
                // divided by the grid agency of another county (本辖区 breached)
                int c = d.counties.indexOf(g.county);
                divider = d.counties.get((c + 1) % d.counties.size()).agencyId;
            } else {
                // a street office or township government divided a grid of its own, without a legal basis
                divider = g.township.orgId;
            }
            d.grids.set(g.index, GridCopy.of(grid).dividedById(divider).build());
            expect(id, "Grid", g.id);
        }
    }

    private void zg0702(String id, double rate, SplittableRandom r) {
        int k = 0;
        for (GridInfo g : choose(activeGrids(), rate, r)) {
            Grid grid = d.grids.get(g.index);
            String code = grid.code().value();
            String serial = code.substring(12);
            String bad = switch (k++ % 3) {
                case 0 -> g.division + "000";                                   // serial 000
                case 1 -> "511002" + g.division.substring(6) + serial;          // a county outside Zigong
                default -> g.division.substring(0, 9) + "999" + serial;         // names another community or village
            };
            d.grids.set(g.index, GridCopy.of(grid).code(GridCode.of(bad)).build());
            expect(id, "Grid", g.id);
        }
    }

    private void zg0703(String id, double rate, SplittableRandom r) {
        Map<String, List<Integer>> filingsOf = new HashMap<>();
        for (int i = 0; i < d.filings.size(); i++) {
            filingsOf.computeIfAbsent(d.filings.get(i).gridChangeId(), x -> new ArrayList<>()).add(i);
        }
        List<GridChange> candidates = new ArrayList<>();
        for (GridChange c : d.gridChanges) {
            if (filingsOf.containsKey(c.id()) && !c.effectiveDate().isBefore(Draft.IN_FORCE) && !c.effectiveDate().isAfter(d.asOf)) {
                candidates.add(c);
            }
        }
        for (GridChange c : choose(candidates, rate, r)) {
            for (int i : filingsOf.get(c.id())) {
                d.filings.set(i, null);
            }
            expect(id, "GridChange", c.id());
        }
    }

    // ------------------------------------------------------------------ Art. 8

    private void zg08(String id, double rate, SplittableRandom r) {
        GridKind kind = switch (id) {
            case "ZG-08-01" -> GridKind.COMMUNITY;
            case "ZG-08-02" -> GridKind.VILLAGE;
            default -> GridKind.DEDICATED;
        };
        List<GridInfo> candidates = new ArrayList<>();
        for (GridInfo g : activeGrids()) {
            if (g.kind == kind) {
                candidates.add(g);
            }
        }
        for (GridInfo g : choose(candidates, rate, r)) {
            Grid grid = d.grids.get(g.index);
            Grid changed = switch (kind) {
                case COMMUNITY -> GridCopy.of(grid).households(620 + r.nextInt(100)).residents(1600 + r.nextInt(400)).build();
                case VILLAGE -> {
                    // spans a second division of the same township: another village, or the town's seat community
                    String second = null;
                    for (String v : g.township.villages) {
                        if (!v.equals(g.division)) {
                            second = v;
                            break;
                        }
                    }
                    if (second == null) {
                        second = g.township.communities.get(0);
                    }
                    Set<String> codes = new LinkedHashSet<>(grid.divisionCodes());
                    codes.add(second);
                    yield GridCopy.of(grid).divisionCodes(codes).build();
                }
                default -> GridCopy.of(grid).placeKind(DedicatedPlaceKind.OTHER).build();
            };
            d.grids.set(g.index, changed);
            expect(id, "Grid", g.id);
        }
    }

    // ------------------------------------------------------------------ Art. 10

    private void zg1001(String id, double rate, SplittableRandom r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < d.matterLists.size(); i++) {
            candidates.add(i);
        }
        for (int i : choose(candidates, rate, r)) {
            MatterList l = d.matterLists.get(i);
            // compiled by a county agency instead of the city agency
            d.matterLists.set(i, new MatterList(l.id(), l.version(), d.counties.get(0).agencyId, l.coCompilerIds(), l.publishedOn(),
                    l.publicationChannel()));
            expect(id, "MatterList", l.id());
        }
    }

    private void zg1002(String id, double rate, SplittableRandom r) {
        MatterNature[] barred = {MatterNature.ADMINISTRATIVE_PENALTY, MatterNature.ADMINISTRATIVE_LICENSING,
                MatterNature.ADMINISTRATIVE_COERCION, MatterNature.OTHER_INCONSISTENT};
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < d.matters.size(); i++) {
            candidates.add(i);
        }
        int k = 0;
        for (int i : choose(candidates, rate, r)) {
            Matter m = d.matters.get(i);
            d.matters.set(i, new Matter(m.id(), m.listId(), m.name(), m.category(), barred[k++ % barred.length], m.owningDepartmentId()));
            expect(id, "Matter", m.id());
        }
    }

    // ------------------------------------------------------------------ Art. 11

    private void zg11(String id, double rate, SplittableRandom r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < d.engagements.size(); i++) {
            candidates.add(i);
        }
        SupportKind[] kinds = SupportKind.values();
        for (int i : choose(candidates, rate, r)) {
            Engagement e = d.engagements.get(i);
            Engagement changed = switch (id) {
                case "ZG-11-01" -> new Engagement(e.id(), e.departmentId(), e.gridIds(), e.purpose(), null, null,
                        e.personnelAllocated(), e.fundsAllocated(), e.support(), e.from(), e.to());
                case "ZG-11-02" -> new Engagement(e.id(), e.departmentId(), e.gridIds(), e.purpose(), e.consentById(),
                        e.consentDate(), 0, e.fundsAllocated(), e.support(), e.from(), e.to());
                default -> {
                    EnumSet<SupportKind> support = EnumSet.allOf(SupportKind.class);
                    support.remove(kinds[r.nextInt(kinds.length)]);
                    yield new Engagement(e.id(), e.departmentId(), e.gridIds(), e.purpose(), e.consentById(), e.consentDate(),
                            e.personnelAllocated(), e.fundsAllocated(), support, e.from(), e.to());
                }
            };
            d.engagements.set(i, changed);
            expect(id, "Engagement", e.id());
        }
    }

    // ------------------------------------------------------------------ Art. 12

    private void zg1201(String id, double rate, SplittableRandom r) {
        for (GridInfo g : choose(activeGrids(), rate, r)) {
            // the street office or township government assigned the workers instead of the county agency
            for (Tenure t : g.tenures) {
                if (t.activeOn(d.asOf)) {
                    Assignment a = d.assignments.get(t.assignmentIndex);
                    d.assignments.set(t.assignmentIndex, new Assignment(a.id(), a.workerId(), a.gridId(), g.township.orgId,
                            a.from(), a.to()));
                }
            }
            expect(id, "Grid", g.id);
        }
    }

    // ------------------------------------------------------------------ Art. 13

    private List<WorkerInfo> servingWorkers() {
        List<WorkerInfo> list = new ArrayList<>();
        for (WorkerInfo w : d.workerInfos) {
            if (w.servesOn(d.asOf) && w.from.isBefore(d.asOf.minusDays(60))) {
                list.add(w);
            }
        }
        return list;
    }

    private Map<String, List<Integer>> casesByCollector() {
        if (casesByCollector == null) {
            casesByCollector = new HashMap<>();
            for (int i = 0; i < d.cases.size(); i++) {
                String w = d.cases.get(i).collectedById();
                if (w != null) {
                    casesByCollector.computeIfAbsent(w, x -> new ArrayList<>(4)).add(i);
                }
            }
        }
        return casesByCollector;
    }

    /** An unclaimed closed case collected by the worker on which the predicate holds, claimed; -1 when none. */
    private int claimCaseOf(WorkerInfo w, IntPredicate ok) {
        for (int i : casesByCollector().getOrDefault(w.id, List.of())) {
            if (!claimedCases.contains(i) && ok.test(i)) {
                claimedCases.add(i);
                return i;
            }
        }
        return -1;
    }

    private void zg13(String id, double rate, SplittableRandom r) {
        ConductKind kind = switch (id) {
            case "ZG-13-01" -> ConductKind.SECRET_LEAK;
            case "ZG-13-02" -> ConductKind.PERSONAL_INFORMATION_MISUSE;
            case "ZG-13-03" -> ConductKind.PRIVATE_GAIN;
            case "ZG-13-04" -> ConductKind.FALSIFICATION_OR_SHIRKING;
            case "ZG-13-05" -> ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION;
            default -> ConductKind.OTHER_ILLEGAL;
        };
        int k = 0;
        for (WorkerInfo w : choose(servingWorkers(), rate, r)) {
            int variant = k++ % 3;
            LocalDate on = d.dayBetween(r, w.from.plusDays(5).isAfter(d.asOf.minusDays(300)) ? w.from.plusDays(5) : d.asOf.minusDays(300),
                    d.asOf.minusDays(20));
            boolean done = false;
            if (variant == 0) {
                done = switch (id) {
                    case "ZG-13-02" -> accessWithoutPurpose(w);
                    case "ZG-13-03" -> partyToOwnCase(w);
                    case "ZG-13-04" -> closedResolvedButUnresolved(w);
                    default -> false;
                };
            } else if (variant == 1) {
                done = switch (id) {
                    case "ZG-13-02" -> disclosureWithoutBasis(w, on, r);
                    case "ZG-13-04" -> checkInOutsideGrid(w, on, r);
                    default -> false;
                };
            }
            if (!done) {
                if (variant == 1) {
                    d.complaints.add(new Complaint("CP-X-" + (++extraCounter), w.id, kind, on, "RC-X-" + extraCounter, null,
                            Substantiation.SUBSTANTIATED, on.plusDays(10)));
                } else {
                    d.incidents.add(new ConductIncident("CI-X-" + (++extraCounter), w.id, kind, on, null,
                            "经调查核实", Substantiation.SUBSTANTIATED, on.plusDays(10)));
                }
            }
            expect(id, "GridWorker", w.id);
        }
    }

    private boolean accessWithoutPurpose(WorkerInfo w) {
        if (w.firstAccess < 0) {
            return false;
        }
        PersonalInfoAccess a = d.accesses.get(w.firstAccess);
        d.accesses.set(w.firstAccess, new PersonalInfoAccess(a.id(), a.workerId(), a.at(), a.kind(), a.residentRef(),
                a.residentGridId(), null, a.caseId(), a.matterId(), a.authorisationRef(), a.recordCount()));
        return true;
    }

    private boolean disclosureWithoutBasis(WorkerInfo w, LocalDate on, SplittableRandom r) {
        d.disclosures.add(new PersonalInfoDisclosure("PD-X-" + (++extraCounter), w.id, Draft.at(Draft.start(on) + 600),
                DisclosureKind.TRANSFER, "某房产中介公司", null, null, 1 + r.nextInt(20)));
        return true;
    }

    private boolean partyToOwnCase(WorkerInfo w) {
        int i = claimCaseOf(w, x -> true);
        if (i < 0) {
            return false;
        }
        Case c = d.cases.get(i);
        Set<String> parties = new TreeSet<>(c.partyIds());
        parties.add(w.id);
        d.cases.set(i, CaseCopy.of(c).partyIds(parties).build());
        return true;
    }

    private boolean closedResolvedButUnresolved(WorkerInfo w) {
        // the worker acted only on a case the worker resolved on the spot (ZG-13-04 falls on the worker the record shows acted)
        int i = claimCaseOf(w, x -> d.cases.get(x).closedAsResolved() && d.cases.get(x).timeline().resolvedOnSpot() != null);
        if (i < 0) {
            return false;
        }
        d.cases.set(i, CaseCopy.of(d.cases.get(i)).verification(VerificationOutcome.UNRESOLVED).build());
        return true;
    }

    private boolean checkInOutsideGrid(WorkerInfo w, LocalDate on, SplittableRandom r) {
        String elsewhere = null;
        if (r.nextBoolean()) {
            for (GridInfo g : w.county.grids) {
                if (g != w.grid) {
                    elsewhere = g.id;
                    break;
                }
            }
        }
        d.checkIns.add(new VisitCheckIn("V-X-" + (++extraCounter), w.id, Draft.at(Draft.start(on) + 600), elsewhere, null));
        return true;
    }

    // ------------------------------------------------------------------ cases (Art. 9, 10, 14, 15, 23)

    private interface CaseChange {
        void apply(int caseIndex, int k);
    }

    private void caseInjection(String id, double rate, SplittableRandom r, IntPredicate candidate, CaseChange change) {
        int[] buffer = new int[d.cases.size()];
        int n = 0;
        for (int i = 0; i < d.cases.size(); i++) {
            if (!claimedCases.contains(i) && candidate.test(i)) {
                buffer[n++] = i;
            }
        }
        int k = 0;
        for (int i : chooseIndices(java.util.Arrays.copyOf(buffer, n), rate, r)) {
            claimedCases.add(i);
            change.apply(i, k++);
            expect(id, "Case", d.cases.get(i).id());
        }
    }

    /**
     * Shifts the steps of a case from a step on by a number of minutes: step 1 = resolved on the spot or
     * reported (and everything after), 3 = accepted, 5 = fed back. Hand-backs and supervisions after the
     * first shifted step move with it.
     */
    private Case shiftFrom(Case c, int step, long minutes) {
        CaseTimeline t = c.timeline();
        LocalDateTime firstShifted = switch (step) {
            case 1 -> t.resolvedOnSpot() != null ? t.resolvedOnSpot() : t.reported();
            case 3 -> t.accepted();
            default -> t.fedBack();
        };
        CaseTimeline shifted = new CaseTimeline(t.collected(),
                step <= 1 ? plus(t.resolvedOnSpot(), minutes) : t.resolvedOnSpot(),
                step <= 1 ? plus(t.reported(), minutes) : t.reported(),
                step <= 3 ? plus(t.accepted(), minutes) : t.accepted(),
                step <= 4 ? plus(t.assigned(), minutes) : t.assigned(),
                plus(t.fedBack(), minutes),
                plus(t.verified(), minutes),
                plus(t.closed(), minutes),
                step <= 4 ? plus(t.signedFor(), minutes) : t.signedFor());
        List<HandBack> hb = new ArrayList<>();
        for (HandBack h : c.handBacks()) {
            hb.add(h.at().isBefore(firstShifted) ? h : new HandBack(plus(h.at(), minutes), h.departmentId(), h.reason()));
        }
        List<Supervision> sup = new ArrayList<>();
        for (Supervision v : c.supervisions()) {
            sup.add(v.at().isBefore(firstShifted) ? v : new Supervision(plus(v.at(), minutes), v.byId(), v.reason()));
        }
        return CaseCopy.of(c).timeline(shifted).handBacks(hb).supervisions(sup).build();
    }

    private static LocalDateTime plus(LocalDateTime t, long minutes) {
        return t == null ? null : Draft.at(Draft.minute(t) + minutes);
    }

    // ------------------------------------------------------------------ Art. 16

    private void zg1601(String id, double rate, SplittableRandom r) {
        Set<String> handling = new TreeSet<>();
        for (Case c : d.cases) {
            if (c.assignedDepartmentId() != null) {
                handling.add(c.assignedDepartmentId());
            }
        }
        List<String> candidates = new ArrayList<>();
        for (String dept : handling) {
            Organisation o = d.orgById.get(dept);
            if (o != null && o.kind() == OrganisationKind.DEPARTMENT
                    && (o.level() == GovernmentLevel.CITY || o.level() == GovernmentLevel.COUNTY)) {
                candidates.add(dept);
            }
        }
        Set<String> chosen = new HashSet<>(choose(candidates, rate, r));
        for (int i = 0; i < d.connections.size(); i++) {
            if (d.connections.get(i) != null && chosen.contains(d.connections.get(i).departmentId())) {
                d.connections.set(i, null);
            }
        }
        for (String dept : new TreeSet<>(chosen)) {
            expect(id, "Organisation", dept);
        }
    }

    private void zg1602(String id, double rate, SplittableRandom r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < d.exchanges.size(); i++) {
            if (!d.exchanges.get(i).on().isBefore(Draft.IN_FORCE)) {
                candidates.add(i);
            }
        }
        for (int i : choose(candidates, rate, r)) {
            DataExchange x = d.exchanges.get(i);
            d.exchanges.set(i, new DataExchange(x.id(), x.fromId(), x.toId(), x.on(), x.description(), null));
            expect(id, "DataExchange", x.id());
        }
    }

    // ------------------------------------------------------------------ Art. 17

    private void zg1701(String id, double rate, SplittableRandom r) {
        // the rating of the last completed period, and the indicators the table would derive one from
        List<GridInfo> candidates = new ArrayList<>();
        for (GridInfo g : activeGrids()) {
            if (g.currentRating >= 0 && LocalDate.of(d.asOf.getYear(), 1, 1).isAfter(Draft.IN_FORCE)) {
                candidates.add(g);
            }
        }
        for (GridInfo g : choose(candidates, rate, r)) {
            d.starRatings.set(g.currentRating, null);
            if (g.lastIndicators >= 0) {
                d.gridIndicators.set(g.lastIndicators, null);
            }
            expect(id, "Grid", g.id);
        }
    }

    private void zg1703(String id, double rate, SplittableRandom r) {
        // a grid agency without one of its working mechanisms or its star-rated grid system (Art. 17 ¶1)
        List<String> agencies = new ArrayList<>();
        for (var m : d.mechanisms) {
            if (!agencies.contains(m.agencyId())) {
                agencies.add(m.agencyId());
            }
        }
        for (String agency : choose(agencies, rate, r)) {
            List<Integer> own = new ArrayList<>();
            for (int i = 0; i < d.mechanisms.size(); i++) {
                if (d.mechanisms.get(i) != null && d.mechanisms.get(i).agencyId().equals(agency)) {
                    own.add(i);
                }
            }
            d.mechanisms.set(own.get(r.nextInt(own.size())), null);
            expect(id, "Organisation", agency);
        }
    }

    private void zg1702(String id, double rate, SplittableRandom r) {
        List<WorkerInfo> candidates = new ArrayList<>();
        for (WorkerInfo w : d.workerInfos) {
            if (w.lastPeriodAssessment >= 0 && w.servesOn(d.asOf)) {
                candidates.add(w);
            }
        }
        for (WorkerInfo w : choose(candidates, rate, r)) {
            d.assessments.set(w.lastPeriodAssessment, null);
            expect(id, "GridWorker", w.id);
        }
    }

    // ------------------------------------------------------------------ Art. 18

    private void zg1801(String id, double rate, SplittableRandom r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < d.payRecords.size(); i++) {
            PayRecord p = d.payRecords.get(i);
            if (!p.dueDate().isBefore(Draft.IN_FORCE) && p.dueDate().isBefore(d.asOf)) {
                candidates.add(i);
            }
        }
        int k = 0;
        for (int i : choose(candidates, rate, r)) {
            PayRecord p = d.payRecords.get(i);
            LocalDate late = p.dueDate().plusDays(3 + r.nextInt(8));
            PayRecord changed = switch (k++ % 3) {
                case 0 -> late.isAfter(d.asOf)
                        ? new PayRecord(p.id(), p.workerId(), p.payerId(), p.kind(), p.dueDate(), p.amountDue(), null, BigDecimal.ZERO)
                        : new PayRecord(p.id(), p.workerId(), p.payerId(), p.kind(), p.dueDate(), p.amountDue(), late, p.amountDue());
                case 1 -> new PayRecord(p.id(), p.workerId(), p.payerId(), p.kind(), p.dueDate(), p.amountDue(), p.paidDate(),
                        p.amountDue().subtract(BigDecimal.valueOf(500)).max(BigDecimal.ZERO));
                default -> new PayRecord(p.id(), p.workerId(), p.payerId(), p.kind(), p.dueDate(), p.amountDue(), null, BigDecimal.ZERO);
            };
            d.payRecords.set(i, changed);
            expect(id, "Organisation", p.payerId()); // the paying county government (Art. 18 ¶1)
        }
    }

    private void zg18cover(String id, double rate, SplittableRandom r) {
        boolean fullTime = !id.equals("ZG-18-04");
        List<WorkerInfo> candidates = new ArrayList<>();
        for (WorkerInfo w : d.workerInfos) {
            if (w.fullTime == fullTime && !w.from.isAfter(d.asOf.minusDays(60)) && (w.to == null || w.to.isAfter(w.from.plusDays(60)))
                    && (!fullTime || !w.from.isBefore(Draft.IN_FORCE))) {
                candidates.add(w);
            }
        }
        for (WorkerInfo w : choose(candidates, rate, r)) {
            // beyond the statutory period: a contract within one month (at most 31 days), social insurance within 30 days
            int late = id.equals("ZG-18-04") ? 10 + r.nextInt(30) : 32 + r.nextInt(20);
            switch (id) {
                case "ZG-18-02" -> {
                    LabourContract c = d.labourContracts.get(w.contractIndex);
                    d.labourContracts.set(w.contractIndex, new LabourContract(c.id(), c.workerId(), c.employerId(),
                            c.from().plusDays(late), c.to()));
                }
                case "ZG-18-03" -> {
                    InsurancePolicy p = d.insurancePolicies.get(w.socialIndex);
                    d.insurancePolicies.set(w.socialIndex, new InsurancePolicy(p.id(), p.workerId(), p.kind(), p.purchasedById(),
                            p.from().plusDays(late), p.to()));
                }
                default -> {
                    int last = w.policies.get(w.policies.size() - 1);
                    InsurancePolicy p = d.insurancePolicies.get(last);
                    if (p.kind() == InsuranceKind.WORK_INJURY) {
                        d.insurancePolicies.set(last, new InsurancePolicy(p.id(), p.workerId(), p.kind(), p.purchasedById(),
                                p.from().plusDays(late), p.to()));
                    } else {
                        d.insurancePolicies.set(last, null); // this year's accident policy was never bought
                    }
                }
            }
            expect(id, "GridWorker", w.id);
        }
    }

    // ------------------------------------------------------------------ Art. 19

    private void zg1901(String id, double rate, SplittableRandom r) {
        Map<String, Integer> budgetOfYear = new HashMap<>();
        for (int i = 0; i < d.budgets.size(); i++) {
            Budget b = d.budgets.get(i);
            if (b.year() == d.asOf.getYear()) {
                budgetOfYear.put(b.governmentId(), i);
            }
        }
        Map<String, Integer> budgetOfLastYear = new HashMap<>();
        for (int i = 0; i < d.budgets.size(); i++) {
            Budget b = d.budgets.get(i);
            if (b.year() == d.asOf.getYear() - 1) {
                budgetOfLastYear.put(b.governmentId(), i);
            }
        }
        // judged once approved (Art. 19): an approved budget of this year without grid funding, or, for a year that has
        // ended (from 2024), no approved budget at all
        boolean lastYearJudged = d.asOf.getYear() - 1 >= 2024;
        LocalDate approved = LocalDate.of(d.asOf.getYear(), 1, 1).isBefore(Draft.IN_FORCE) ? Draft.IN_FORCE : LocalDate.of(d.asOf.getYear(), 1, 1);
        int k = 0;
        for (String gov : choose(d.governments, rate, r)) {
            if (k++ % 2 == 0 && lastYearJudged && budgetOfLastYear.containsKey(gov)) {
                d.budgets.set(budgetOfLastYear.get(gov), null);
            } else {
                int i = budgetOfYear.get(gov);
                Budget b = d.budgets.get(i);
                d.budgets.set(i, new Budget(b.id(), b.governmentId(), b.year(), BigDecimal.ZERO, approved.isAfter(d.asOf) ? d.asOf : approved));
            }
            expect(id, "Organisation", gov);
        }
    }

    // ------------------------------------------------------------------ Art. 21

    private void zg21(String id, double rate, SplittableRandom r) {
        List<GridInfo> candidates = new ArrayList<>();
        for (GridInfo g : activeGrids()) {
            if (claimedNotice.contains(g.id)) {
                continue;
            }
            if (id.equals("ZG-21-02")
                    && !d.asOf.isAfter(d.notices.get(g.currentNotice).postedOn().plusDays(d.terms.noticeGraceDays.loose()))) {
                continue;
            }
            candidates.add(g);
        }
        int k = 0;
        for (GridInfo g : choose(candidates, rate, r)) {
            claimedNotice.add(g.id);
            PublicNotice n = d.notices.get(g.currentNotice);
            if (id.equals("ZG-21-02")) {
                // the notice still lists a worker who was never assigned to the grid
                WorkerInfo stranger = null;
                for (WorkerInfo w : d.workerInfos) {
                    if (w.grid != g) {
                        stranger = w;
                        break;
                    }
                }
                GridWorker sw = d.workers.get(stranger.index);
                List<NoticedWorker> listed = new ArrayList<>(n.workers());
                listed.add(new NoticedWorker(sw.id(), sw.name(), sw.phone(), null));
                d.notices.set(g.currentNotice, new PublicNotice(n.id(), n.gridId(), n.postedById(), n.postedOn(), n.place(),
                        n.contents(), listed, n.postedAt()));
            } else {
                switch (k++ % 5) {
                    case 0 -> {
                        EnumSet<NoticeContent> contents = EnumSet.allOf(NoticeContent.class);
                        contents.remove(NoticeContent.SERVICE_MATTERS);
                        d.notices.set(g.currentNotice, new PublicNotice(n.id(), n.gridId(), n.postedById(), n.postedOn(),
                                n.place(), contents, n.workers(), n.postedAt()));
                    }
                    case 1 -> {
                        List<NoticedWorker> listed = new ArrayList<>(n.workers());
                        NoticedWorker first = listed.get(0);
                        listed.set(0, new NoticedWorker(first.workerId(), first.name(), null, null));
                        d.notices.set(g.currentNotice, new PublicNotice(n.id(), n.gridId(), n.postedById(), n.postedOn(),
                                n.place(), n.contents(), listed, n.postedAt()));
                    }
                    case 2 -> d.notices.set(g.currentNotice, new PublicNotice(n.id(), n.gridId(), g.county.agencyId, n.postedOn(),
                            n.place(), n.contents(), n.workers(), n.postedAt()));
                    case 3 -> d.notices.set(g.currentNotice, new PublicNotice(n.id(), n.gridId(), n.postedById(), n.postedOn(),
                            "办公区内部走廊", n.contents(), n.workers(),
                            new org.wangge.kernel.model.notice.NoticePlace(n.postedAt().divisionCode(), false, "办公区内部走廊")));
                    default -> {
                        for (int i = 0; i < d.notices.size(); i++) {
                            PublicNotice other = d.notices.get(i);
                            if (other != null && other.gridId().equals(g.id)) {
                                d.notices.set(i, null);
                            }
                        }
                    }
                }
            }
            expect(id, "Grid", g.id);
        }
    }

    // ------------------------------------------------------------------ record copies

    /** A mutable copy of a case, to change a few components. */
    static final class CaseCopy {
        private final Case c;
        private String matterId;
        private MatterCategory category;
        private CaseTimeline timeline;
        private String assignedDepartmentId;
        private List<HandBack> handBacks;
        private List<Supervision> supervisions;
        private VerificationOutcome verification;
        private Set<String> partyIds;

        private CaseCopy(Case c) {
            this.c = c;
            matterId = c.matterId();
            category = c.category();
            timeline = c.timeline();
            assignedDepartmentId = c.assignedDepartmentId();
            handBacks = c.handBacks();
            supervisions = c.supervisions();
            verification = c.verification();
            partyIds = c.partyIds();
        }

        static CaseCopy of(Case c) {
            return new CaseCopy(c);
        }

        CaseCopy matterId(String v) {
            matterId = v;
            return this;
        }

        CaseCopy category(MatterCategory v) {
            category = v;
            return this;
        }

        CaseCopy timeline(CaseTimeline v) {
            timeline = v;
            return this;
        }

        CaseCopy assignedDepartmentId(String v) {
            assignedDepartmentId = v;
            return this;
        }

        CaseCopy handBacks(List<HandBack> v) {
            handBacks = v;
            return this;
        }

        CaseCopy supervisions(List<Supervision> v) {
            supervisions = v;
            return this;
        }

        CaseCopy verification(VerificationOutcome v) {
            verification = v;
            return this;
        }

        CaseCopy partyIds(Set<String> v) {
            partyIds = v;
            return this;
        }

        Case build() {
            return new Case(c.id(), c.source(), matterId, category, c.safetyHazard(), c.obstructionOfWorker(), c.gridId(),
                    c.collectedById(), timeline, assignedDepartmentId, handBacks, supervisions, c.closedAsResolved(),
                    verification, c.evidenceRefs(), partyIds, c.summary(), c.assignedById());
        }
    }

    /** A mutable copy of a grid, to change a few components. */
    static final class GridCopy {
        private final Grid g;
        private GridCode code;
        private DedicatedPlaceKind placeKind;
        private Set<String> divisionCodes;
        private int households;
        private int residents;
        private String dividedById;

        private GridCopy(Grid g) {
            this.g = g;
            code = g.code();
            placeKind = g.placeKind();
            divisionCodes = g.divisionCodes();
            households = g.households();
            residents = g.residents();
            dividedById = g.dividedById();
        }

        static GridCopy of(Grid g) {
            return new GridCopy(g);
        }

        GridCopy code(GridCode v) {
            code = v;
            return this;
        }

        GridCopy placeKind(DedicatedPlaceKind v) {
            placeKind = v;
            return this;
        }

        GridCopy divisionCodes(Set<String> v) {
            divisionCodes = v;
            return this;
        }

        GridCopy households(int v) {
            households = v;
            return this;
        }

        GridCopy residents(int v) {
            residents = v;
            return this;
        }

        GridCopy dividedById(String v) {
            dividedById = v;
            return this;
        }

        Grid build() {
            return new Grid(g.id(), code, g.name(), g.kind(), placeKind, divisionCodes, households, residents,
                    g.areaDescription(), dividedById, g.legalBasis(), g.organiserId(), g.implementingUnitId(), g.status(),
                    g.validFrom(), g.validTo());
        }
    }
}
