package dev.clearance.impact;

import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.Measure;
import dev.clearance.regime.Membership;
import dev.clearance.regime.Period;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the regime a scenario describes, through the regime's public constructor. */
final class ScenarioRegime {
    private final Regime base;
    private final Scenario scenario;
    private final Map<String, CountryGroup> groups = new LinkedHashMap<>();
    private final List<Measure> measures;
    private final List<ProcessingRule> processing;
    private final List<dev.clearance.regime.SanctionsMeasure> sanctions;

    ScenarioRegime(Regime base, Scenario scenario) {
        this.base = base;
        this.scenario = scenario;
        base.groups().forEach(g -> groups.put(g.code(), g));
        this.measures = new ArrayList<>(base.measures());
        this.processing = new ArrayList<>(base.processing());
        this.sanctions = new ArrayList<>(base.sanctions());
    }

    Regime build() {
        for (ScenarioChange c : scenario.changes()) {
            if (c instanceof ScenarioChange.MoveCountry m) {
                move(m);
            } else if (c instanceof ScenarioChange.AddMeasure a) {
                measures.add(a.measure());
            } else if (c instanceof ScenarioChange.LiftMeasure l) {
                lift(l);
            } else if (c instanceof ScenarioChange.ChangeProcessing p) {
                process(p);
            } else if (c instanceof ScenarioChange.AddSanctions a) {
                sanctions.add(a.measure());
            } else if (c instanceof ScenarioChange.LiftSanctions l) {
                liftSanctions(l);
            }
        }
        // An empty scenario is the regime itself, so an impact against it is exactly nothing.
        String version = scenario.changes().isEmpty() ? base.version()
                : base.version() + "+" + Integer.toHexString(scenario.hashCode() & 0xfffffff);
        return base.with(base.name() + (scenario.changes().isEmpty() ? ""
                : " with scenario '" + scenario.title() + "'"), version, List.copyOf(groups.values()), measures,
                processing).withSanctions(sanctions, version);
    }

    private void liftSanctions(ScenarioChange.LiftSanctions l) {
        for (int i = 0; i < sanctions.size(); i++) {
            dev.clearance.regime.SanctionsMeasure m = sanctions.get(i);
            if (!m.code().equals(l.code())) {
                continue;
            }
            if (m.period().from() != null && !l.from().isAfter(m.period().from())) {
                sanctions.remove(i--);
            } else if (m.period().contains(l.from())) {
                sanctions.set(i, m.endingOn(l.from(), l.source()));
            }
        }
    }

    private void move(ScenarioChange.MoveCountry m) {
        if (m.leave() != null) {
            replaceMembers(groups.get(m.leave()), cut(groups.get(m.leave()).members(), m.country(), m.from()));
        }
        if (m.join() != null) {
            CountryGroup g = groups.get(m.join());
            List<Membership> members = cut(g.members(), m.country(), m.from());
            members.add(new Membership(m.country(), new Period(m.from(), null), m.source(), true));
            replaceMembers(g, members);
        }
    }

    /** The members with {@code country}'s memberships ended at {@code day}. */
    private static List<Membership> cut(List<Membership> members, String country, LocalDate day) {
        List<Membership> out = new ArrayList<>();
        for (Membership m : members) {
            if (!m.country().equals(country) || m.period().to() != null && !m.period().to().isAfter(day)) {
                out.add(m);
            } else if (m.period().from() == null || m.period().from().isBefore(day)) {
                out.add(new Membership(country, new Period(m.period().from(), day), m.source(), m.confirmed(), m.uncertain()));
            }
        }
        return out;
    }

    private void replaceMembers(CountryGroup g, List<Membership> members) {
        groups.put(g.code(), new CountryGroup(g.code(), g.name(), g.period(), g.complete(), g.residualOf(), members,
                g.source(), g.note()));
    }

    private void lift(ScenarioChange.LiftMeasure l) {
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            if (!m.code().equals(l.code())) {
                continue;
            }
            if (m.period().from() != null && !l.from().isAfter(m.period().from())) {
                measures.remove(i--);
            } else if (m.period().contains(l.from())) {
                measures.set(i, new Measure(m.code(), m.title(), m.items(), m.destinations(),
                        new Period(m.period().from(), l.from()), m.allowedLicences(), m.filingOffice(),
                        m.reviewDays(), m.documents(), m.source() + "; lifted from " + l.from() + " [" + l.source() + "]"));
            }
        }
    }

    private void process(ScenarioChange.ChangeProcessing c) {
        Period p = c.period();
        ProcessingRule inForce = null;
        List<ProcessingRule> out = new ArrayList<>();
        for (ProcessingRule r : processing) {
            boolean same = r.licence().equals(c.licence()) && Objects.equals(r.group(), c.group());
            if (!same || !r.period().overlaps(p)) {
                out.add(r);
                continue;
            }
            if (p.from() == null || r.period().contains(p.from())) {
                inForce = r;
            }
            if (p.from() != null && (r.period().from() == null || r.period().from().isBefore(p.from()))) {
                out.add(new ProcessingRule(r.licence(), r.group(), new Period(r.period().from(), p.from()),
                        r.reviewDays(), r.documents(), r.source()));
            }
            if (p.to() != null && (r.period().to() == null || p.to().isBefore(r.period().to()))) {
                out.add(new ProcessingRule(r.licence(), r.group(), new Period(p.to(), r.period().to()),
                        r.reviewDays(), r.documents(), r.source()));
            }
        }
        Integer review = c.reviewDays() != null ? c.reviewDays() : inForce == null ? null : inForce.reviewDays();
        Integer documents = c.documents() != null ? c.documents() : inForce == null ? null : inForce.documents();
        out.add(new ProcessingRule(c.licence(), c.group(), p, review, documents, c.source()));
        processing.clear();
        processing.addAll(out);
    }
}
