package dev.clearance.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One jurisdiction's export-control regime over time, as loaded from its data file. Immutable; every
 * question takes the day it is asked about.
 */
public final class Regime {
    private final String jurisdiction;
    private final String name;
    private final String authority;
    private final Period coverage;
    private final String version;
    private final String source;
    private final ListControl listControl;
    private final List<ControlEntry> entries;
    private final Map<String, CountryGroup> groups;
    private final List<LicenceType> licenceTypes;
    private final List<CatchAllRule> catchAll;
    private final List<Measure> measures;
    private final List<ProcessingRule> processing;
    private final List<RegimeNote> notes;
    private volatile LocalDate[] changeDayArray;

    /** Use {@link RegimeLoader}; this constructor trusts its arguments to be validated. */
    public Regime(String jurisdiction, String name, String authority, Period coverage, String version, String source,
                  ListControl listControl, List<ControlEntry> entries, List<CountryGroup> groups,
                  List<LicenceType> licenceTypes, List<CatchAllRule> catchAll, List<Measure> measures,
                  List<ProcessingRule> processing, List<RegimeNote> notes) {
        this.jurisdiction = jurisdiction;
        this.name = name;
        this.authority = authority;
        this.coverage = coverage;
        this.version = version;
        this.source = source;
        this.listControl = listControl;
        this.entries = List.copyOf(entries);
        Map<String, CountryGroup> byCode = new LinkedHashMap<>();
        groups.forEach(g -> byCode.put(g.code(), g));
        this.groups = java.util.Collections.unmodifiableMap(byCode);
        this.licenceTypes = licenceTypes.stream()
                .sorted(java.util.Comparator.comparingInt(LicenceType::rank)).toList();
        this.catchAll = List.copyOf(catchAll);
        this.measures = List.copyOf(measures);
        this.processing = List.copyOf(processing);
        this.notes = List.copyOf(notes);
    }

    public String jurisdiction() { return jurisdiction; }
    public String name() { return name; }
    public String authority() { return authority; }
    /** The days the data speaks for. */
    public Period coverage() { return coverage; }
    /** A short checksum of the data file, so records can name the exact regime data they used. */
    public String version() { return version; }
    public String source() { return source; }
    public ListControl listControl() { return listControl; }
    public List<ControlEntry> entries() { return entries; }
    public List<CountryGroup> groups() { return List.copyOf(groups.values()); }
    public Optional<CountryGroup> group(String code) { return Optional.ofNullable(groups.get(code)); }
    /** Licence types, least burdensome first. */
    public List<LicenceType> licenceTypes() { return licenceTypes; }
    public List<CatchAllRule> catchAll() { return catchAll; }
    public List<Measure> measures() { return measures; }
    public List<ProcessingRule> processing() { return processing; }
    public List<RegimeNote> notes() { return notes; }

    /** Where {@code country} stands on {@code day}: its groups with their sources, and the caveats. */
    public Standing standing(String country, LocalDate day) {
        List<String> in = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> caveats = new ArrayList<>();
        for (CountryGroup g : groups.values()) {
            if (g.isResidual() || !g.period().contains(day)) {
                continue;
            }
            boolean member = false;
            for (Membership m : g.members()) {
                if (m.country().equals(country) && m.period().contains(day)) {
                    if (m.confirmed()) {
                        member = true;
                        reasons.add(country + " is in " + g.code() + " " + m.period() + " [" + m.source() + "]");
                    } else {
                        caveats.add(country + " may be in " + g.code() + ": UNCONFIRMED [" + m.source() + "]");
                    }
                }
            }
            if (member) {
                in.add(g.code());
            }
        }
        for (CountryGroup g : groups.values()) {
            if (g.isResidual() && g.period().contains(day) && g.residualOf().stream().noneMatch(in::contains)) {
                in.add(g.code());
                reasons.add(country + " is in " + g.code() + " as it is in none of " + g.residualOf() + " [" + g.source() + "]");
                // Only here does an incomplete group change the answer: the country may belong to it.
                for (String other : g.residualOf()) {
                    CountryGroup o = groups.get(other);
                    if (!o.complete() && o.period().contains(day)) {
                        caveats.add(other + " is only partly encoded and " + country + " is not among its known members,"
                                + " so it is placed in " + g.code() + ". " + o.note());
                    }
                }
            }
        }
        return new Standing(country, in, reasons, caveats);
    }

    /**
     * The entry for a code: the longest listed entry covering it, else one derived from the
     * regime's category rule, else empty.
     */
    public Optional<ControlEntry> entry(String code) {
        String c = Codes.canonical(code);
        ControlEntry best = null;
        for (ControlEntry e : entries) {
            if (e.covers(c) && (best == null || e.code().length() > best.code().length())) {
                best = e;
            }
        }
        if (best != null) {
            if (best.code().equals(c)) {
                return Optional.of(best);
            }
            return Optional.of(new ControlEntry(c, best.title(), best.localRef(), best.localRefConfirmed(),
                    best.parameters(), best.cas(), best.source(), best.note(), best.derived()));
        }
        if (Codes.isValid(c) && listControl != null) {
            String row = listControl.categories().get(c.substring(0, 1));
            if (row != null) {
                return Optional.of(new ControlEntry(c, "Wassenaar category " + c.charAt(0) + " item", row, true,
                        List.of(), List.of(), listControl.source(), "", true));
            }
        }
        return Optional.empty();
    }

    /**
     * Every day on which something in the data starts or ends, inside the coverage, sorted. Between
     * two consecutive change days every answer stays the same.
     */
    public java.util.SortedSet<LocalDate> changeDays() {
        java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
        java.util.function.Consumer<Period> add = p -> {
            for (LocalDate d : new LocalDate[] {p.from(), p.to()}) {
                if (d != null && coverage.contains(d)) {
                    days.add(d);
                }
            }
        };
        for (CountryGroup g : groups.values()) {
            add.accept(g.period());
            g.members().forEach(m -> add.accept(m.period()));
        }
        licenceTypes.forEach(t -> add.accept(t.period()));
        catchAll.forEach(c -> add.accept(c.period()));
        measures.forEach(m -> add.accept(m.period()));
        processing.forEach(p -> add.accept(p.period()));
        notes.forEach(n -> add.accept(n.period()));
        return days;
    }

    /**
     * The first day of the stretch between change days that holds {@code day}: any day in that
     * stretch gets the same answers as this one.
     */
    public LocalDate stretchStart(LocalDate day) {
        LocalDate[] days = changeDayArray;
        if (days == null) {
            days = changeDays().toArray(new LocalDate[0]);
            changeDayArray = days;
        }
        int i = java.util.Arrays.binarySearch(days, day);
        if (i >= 0) {
            return days[i];
        }
        int before = -i - 2;
        return before >= 0 ? days[before] : coverage.from() != null ? coverage.from() : day;
    }

    /** The listed entry naming this CAS number, if any. */
    public Optional<ControlEntry> entryByCas(String cas) {
        return entries.stream().filter(e -> e.cas().contains(cas.trim())).findFirst();
    }

    @Override
    public String toString() {
        return jurisdiction + " regime " + version;
    }
}
