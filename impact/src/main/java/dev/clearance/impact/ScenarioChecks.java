package dev.clearance.impact;

import dev.clearance.regime.Codes;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.read.DataNode;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Measure;
import dev.clearance.regime.Membership;
import dev.clearance.regime.Period;
import dev.clearance.regime.Regime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the references in a scenario against the regime it changes. */
final class ScenarioChecks {
    private final Regime regime;

    ScenarioChecks(Regime regime) {
        this.regime = regime;
    }

    static String country(DataNode n) {
        return dev.clearance.regime.read.RegimeLoader.country(n);
    }

    String group(DataNode n) {
        String g = n.asText().trim();
        if (regime.group(g).isEmpty()) {
            throw n.error("unknown group '" + g + "' in the " + regime.jurisdiction() + " regime (known: "
                    + String.join(", ", regime.groups().stream().map(CountryGroup::code).toList()) + ")");
        }
        return g;
    }

    /** A group a country can join or leave: residual groups hold countries by their being in no other. */
    String memberGroup(DataNode n) {
        String g = group(n);
        CountryGroup group = regime.group(g).orElseThrow();
        if (group.isResidual()) {
            throw n.error("group " + g + " holds every country not in " + String.join(", ", group.residualOf())
                    + ": move the country out of those instead");
        }
        return g;
    }

    void requireMember(DataNode at, String group, String country, LocalDate from) {
        for (Membership m : regime.group(group).orElseThrow().members()) {
            if (m.country().equals(country) && (m.period().to() == null || m.period().to().isAfter(from))) {
                return;
            }
        }
        throw at.error(country + " is not in " + group + " on or after " + from + ", so it cannot leave it");
    }

    String licence(DataNode n) {
        String l = n.asText().trim();
        if (regime.licenceTypes().stream().noneMatch(t -> t.code().equals(l))) {
            throw n.error("unknown licence type '" + l + "' (known: "
                    + String.join(", ", regime.licenceTypes().stream().map(LicenceType::code).toList()) + ")");
        }
        return l;
    }

    String measureCode(DataNode n) {
        String code = n.asText().trim();
        if (regime.measures().stream().noneMatch(m -> m.code().equals(code))) {
            throw n.error("unknown measure '" + code + "' (known: "
                    + String.join(", ", regime.measures().stream().map(Measure::code).toList()) + ")");
        }
        return code;
    }

    String sanctionsCode(DataNode n) {
        String code = n.asText().trim();
        if (regime.sanctions().stream().noneMatch(m -> m.code().equals(code))) {
            throw n.error("unknown sanctions measure '" + code + "' (known: " + String.join(", ", regime.sanctions()
                    .stream().map(dev.clearance.regime.SanctionsMeasure::code).toList()) + ")");
        }
        return code;
    }

    /** A new sanctions measure, as the sanctions files write it; its code must be new. */
    dev.clearance.regime.SanctionsMeasure sanctions(DataNode m) {
        dev.clearance.regime.SanctionsMeasure s = dev.clearance.regime.read.SanctionsLoader.measure(m,
                Set.of("kind", "rationale"), regime);
        if (regime.sanctions().stream().anyMatch(x -> x.code().equals(s.code()))) {
            throw m.error("code", "duplicate sanctions measure " + s.code() + ": lift it, or give the new one its own code");
        }
        return s;
    }

    void requireInForceOrLater(DataNode c, String code, LocalDate from) {
        for (Measure m : regime.measures()) {
            if (m.code().equals(code) && m.period().to() != null && !from.isBefore(m.period().to())) {
                throw c.error("from", "measure " + code + " already ends " + m.period().to());
            }
        }
    }

    Measure measure(DataNode m, String source) {
        m.allow(Set.of("kind", "code", "title", "items", "destinations", "from", "to", "allowedLicences",
                "filingOffice", "reviewDays", "documents", "source", "rationale"));
        String code = m.text("code");
        if (regime.measures().stream().anyMatch(x -> x.code().equals(code))) {
            throw m.error("code", "duplicate measure " + code + ": lift it, or give the new one its own code");
        }
        List<Measure.Item> items = new ArrayList<>();
        for (DataNode i : m.list("items")) {
            i.allow(Set.of("entry", "cas"));
            String entry = Codes.canonical(i.text("entry"));
            // The regime's own list: its entries (JP, KR, EU) or its Commerce Control List (the EAR's ECCNs).
            if (!Codes.isValid(entry) || regime.entry(entry).isEmpty() && regime.listing(entry).isEmpty()) {
                throw i.error("entry", "not a control entry of the " + regime.jurisdiction() + " regime: '"
                        + i.text("entry") + "'");
            }
            String cas = i.optText("cas", null);
            if (cas != null && !cas.trim().matches("[0-9]{2,7}-[0-9]{2}-[0-9]")) {
                throw i.error("cas", "not a CAS number like 7664-39-3: '" + cas + "'");
            }
            items.add(new Measure.Item(entry, cas == null ? null : cas.trim()));
        }
        if (items.isEmpty()) {
            throw m.error("items", "a measure names at least one item");
        }
        List<String> destinations = m.texts("destinations", ScenarioChecks::country);
        if (destinations.isEmpty()) {
            throw m.error("destinations", "a measure names at least one destination");
        }
        List<String> allowed = m.texts("allowedLicences", this::licence);
        if (allowed.isEmpty()) {
            throw m.error("allowedLicences", "a measure names the licence types that remain, e.g. [INDIVIDUAL]");
        }
        m.date("from");
        Period period = m.period();
        return new Measure(code, m.text("title"), items, destinations, period, allowed,
                m.optText("filingOffice", null), m.optInt("reviewDays"), m.optInt("documents"), source);
    }
}
