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
    private final LocalDate reviewed;
    private final List<Prohibition> prohibitions;
    private final ControlList controlList;
    private final EarData ear;
    private final DeMinimisRule deMinimis;
    private final String exporterGroup;
    private final ListRules rules;
    private final ApplicationRules applications;
    private volatile LocalDate[] changeDayArray;
    // Set only by withSanctions on a fresh copy, before the regime is shared.
    private List<SanctionsMeasure> sanctions = List.of();

    /** Use the readers ({@code regime.read.RegimeLoader}); this constructor trusts its arguments to be validated. */
    public Regime(String jurisdiction, String name, String authority, Period coverage, String version, String source,
                  ListControl listControl, List<ControlEntry> entries, List<CountryGroup> groups,
                  List<LicenceType> licenceTypes, List<CatchAllRule> catchAll, List<Measure> measures,
                  List<ProcessingRule> processing, List<RegimeNote> notes, LocalDate reviewed,
                  List<Prohibition> prohibitions, ControlList controlList, EarData ear, String exporterGroup,
                  ListRules rules, ApplicationRules applications, DeMinimisRule deMinimis) {
        this.deMinimis = deMinimis;
        this.rules = rules == null ? ListRules.NONE : rules;
        this.applications = applications == null ? ApplicationRules.NONE : applications;
        this.ear = ear;
        this.exporterGroup = exporterGroup;
        this.reviewed = reviewed;
        this.prohibitions = List.copyOf(prohibitions);
        this.controlList = controlList;
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
    /** How licence applications are processed: routes per contract, filing, day count, checklist. */
    public ApplicationRules applications() { return applications; }
    public List<RegimeNote> notes() { return notes; }
    /** The last day the data's facts were checked against the sources; null when the file does not say. */
    public LocalDate reviewed() { return reviewed; }
    /** Bans no licence can lift. */
    public List<Prohibition> prohibitions() { return prohibitions; }
    /** The multilateral control-list catalogue the regime's list control reads. */
    public ControlList controlList() { return controlList; }
    /**
     * The Country Chart model of list control (the US EAR): reasons for control per ECCN, and per
     * reason the destinations that need a licence; null for regimes whose listed items need a licence
     * for every destination (Japan, Korea).
     */
    public EarData ear() { return ear; }

    /** The regime's de minimis rule for foreign-made items with its content, if its data gives one. */
    public Optional<DeMinimisRule> deMinimis() { return Optional.ofNullable(deMinimis); }
    /** The group whose members export under this regime (the EU's member states); null when only the jurisdiction does. */
    public String exporterGroup() { return exporterGroup; }

    /** The sanctions measures layered over the regime's licensing (its sanctions file); empty when none. */
    public List<SanctionsMeasure> sanctions() { return sanctions; }

    /** The same regime with these sanctions measures, under another version (the bundled file's, or a scenario's). */
    public Regime withSanctions(List<SanctionsMeasure> measures, String newVersion) {
        return copy(name, newVersion, groups(), this.measures, processing, measures);
    }

    private Regime copy(String newName, String newVersion, List<CountryGroup> newGroups, List<Measure> newMeasures,
                        List<ProcessingRule> newProcessing, List<SanctionsMeasure> newSanctions) {
        Regime r = new Regime(jurisdiction, newName, authority, coverage, newVersion, source, listControl, entries,
                newGroups, licenceTypes, catchAll, newMeasures, newProcessing, notes, reviewed, prohibitions,
                controlList, ear, exporterGroup, rules, applications, deMinimis);
        r.sanctions = List.copyOf(newSanctions);
        return r;
    }

    /** Embargoes, chart footnotes, end-user rules and exception restrictions; {@link ListRules#NONE} when none. */
    public ListRules rules() { return rules; }

    /** The embargo in force on {@code day} for exports to {@code country}, if any. */
    public Optional<Embargo> embargo(String country, LocalDate day) {
        for (Embargo e : rules.embargoes()) {
            if (e.period().contains(day) && e.destinations().contains(country)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The Country Chart columns with an X for {@code country}, empty when the regime has no chart or no row for it. */
    public java.util.Set<String> chartX(String country) {
        return ear == null ? java.util.Set.of() : ear.row(country).map(EarData.ChartRow::x).orElse(java.util.Set.of());
    }

    /** True when the regime decides by a Country Chart and {@code country} has no row in it. */
    public boolean chartRowMissing(String country) {
        return ear != null && ear.row(country).isEmpty();
    }

    /** The Country Chart as its data names it when a destination has no row; empty when the regime has no chart. */
    public String chartName() {
        return ear == null ? "" : ear.citations().chart();
    }

    /** The chart footnotes on {@code country}'s row, with their text and what they do (in the row's order). */
    public List<Map.Entry<ChartFootnote, String>> footnotes(String country) {
        if (ear == null) {
            return List.of();
        }
        List<Map.Entry<ChartFootnote, String>> out = new ArrayList<>();
        for (String n : ear.row(country).map(EarData.ChartRow::footnotes).orElse(List.of())) {
            ChartFootnote rule = rules.footnotes().stream().filter(f -> f.number().equals(n)).findFirst()
                    .orElse(new ChartFootnote(n, ChartFootnote.Effect.INFO, List.of(), ChartFootnote.Effect.INFO, "",
                            ear.citations().footnote() + " " + n));
            out.add(Map.entry(rule, ear.footnote(n)));
        }
        return out;
    }

    /**
     * The listing of {@code code} on the regime's control list: its reasons for control and, per reason,
     * the destinations that need a licence. Empty when the code is not an entry (see {@link #entry}).
     */
    public Optional<Listing> listing(String code) {
        String c = Codes.canonical(code);
        if (ear != null) {
            return ear.eccn(c).map(e -> new Listing(c, e.code(), e.code() + " " + e.heading(), e.reasons(), e.flags(),
                    ear.source(), "", false));
        }
        return entry(c).map(e -> listing(e, c));
    }

    /** The listing of a written or catalogue entry: one reason, every destination outside the free groups. */
    public Listing listing(ControlEntry e, String code) {
        List<String> free = listControl == null ? List.of() : listControl.freeGroups();
        String source = e.source() + (listControl == null ? "" : "; " + listControl.source());
        ControlReason every = new ControlReason(Listing.EVERY_DESTINATION, "entire entry",
                DestinationRule.every(List.of(), free, listControl == null ? "" : listControl.freeText()), false, source);
        return new Listing(code, e.code(), e.title() + (e.localRef().isEmpty() ? "" : " = " + e.localRef())
                + (e.regime().isEmpty() ? "" : " (" + e.regime() + " list)")
                + (e.parameters().isEmpty() ? "" : " " + e.parameters()), List.of(every), Map.of(), e.source(), e.note(),
                e.check());
    }

    /** True when an exporter in {@code country} exports under this regime on {@code day}. */
    public boolean governsExportsFrom(String country, LocalDate day) {
        if (country.equals(jurisdiction)) {
            return true;
        }
        if (exporterGroup == null) {
            return false;
        }
        CountryGroup g = groups.get(exporterGroup);
        return g != null && g.members().stream().anyMatch(m -> m.confirmed() && m.country().equals(country)
                && m.period().contains(day));
    }

    /**
     * The same regime with other groups, measures and processing rules, under another name and
     * version (what-if scenarios).
     */
    public Regime with(String newName, String newVersion, List<CountryGroup> newGroups, List<Measure> newMeasures,
                       List<ProcessingRule> newProcessing) {
        return copy(newName, newVersion, newGroups, newMeasures, newProcessing, sanctions);
    }

    /** The ban in force on {@code day} for exports to {@code country}, if any. */
    public Optional<Prohibition> prohibition(String country, LocalDate day) {
        for (Prohibition p : prohibitions) {
            if (p.period().contains(day) && p.destinations().contains(country)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Where {@code country} stands on {@code day}: its groups with their sources, and the caveats. */
    public Standing standing(String country, LocalDate day) {
        List<String> in = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> caveats = new ArrayList<>();
        List<Standing.Worded> caveatWords = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        List<String> doubts = new ArrayList<>();
        List<Standing.Worded> doubtWords = new ArrayList<>();
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
                        if (m.uncertainOn(day)) {
                            uncertain.add(g.code());
                            doubts.add(country + " in " + g.code() + ": " + m.uncertain().describe() + " ["
                                    + m.uncertain().source() + "]");
                            doubtWords.add(new Standing.Worded("doubtfulMembership", java.util.Map.of("country",
                                    country, "group", g.code(), "note", m.uncertain().note(), "window",
                                    m.uncertain().window().toString(), "source", m.uncertain().source())));
                        }
                    } else {
                        caveats.add(country + " may be in " + g.code() + ": UNCONFIRMED [" + m.source() + "]");
                        caveatWords.add(new Standing.Worded("mayBeInGroup", java.util.Map.of("country", country,
                                "group", g.code(), "source", m.source())));
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
                        caveatWords.add(new Standing.Worded("placedInResidual", java.util.Map.of("group", other,
                                "country", country, "residual", g.code(), "text", o.note())));
                    }
                }
            }
        }
        return new Standing(country, in, reasons, caveats, uncertain, doubts, caveatWords, doubtWords);
    }

    /**
     * The entry for a code: the longest entry written in the regime file that covers it, else the
     * catalogue's multilateral entry for its stem; empty when the code is not an entry of this
     * regime's control list (unknown, or a US-only ECCN: see {@link #controlList()}).
     */
    public Optional<ControlEntry> entry(String code) {
        String c = Codes.canonical(code);
        if (!Codes.isValid(c)) {
            return Optional.empty();
        }
        ControlEntry best = null;
        String localRef = "";
        boolean localRefConfirmed = true;
        for (ControlEntry e : entries) {
            if (e.covers(c) && (best == null || e.code().length() > best.code().length())) {
                best = e;
            }
        }
        ControlList.Entry listed = controlList == null ? null : controlList.find(c).filter(x -> x.status().listed())
                .orElse(null);
        if (best == null && listed == null) {
            return Optional.empty();
        }
        // The local row: the longest written entry that names one, else the regime's row mapping.
        int refLength = -1;
        for (ControlEntry e : entries) {
            if (e.covers(c) && !e.localRef().isEmpty() && e.code().length() > refLength) {
                localRef = e.localRef();
                localRefConfirmed = e.localRefConfirmed();
                refLength = e.code().length();
            }
        }
        String regime = best != null && !best.regime().isEmpty() ? best.regime() : listed != null ? listed.regime() : "";
        String rowSource = "";
        if (refLength < 0 && listControl != null) {
            Optional<ListControl.Row> row = listControl.rowFor(c, regime);
            if (row.isPresent()) {
                localRef = row.get().ref();
                rowSource = row.get().source();
            }
        }
        if (best != null) {
            return Optional.of(new ControlEntry(c, best.title(), localRef, localRefConfirmed, best.parameters(),
                    best.cas(), best.source(), best.note(), false, regime, best.check()));
        }
        String source = (listed.added() ? listed.source() : controlList.source())
                + (rowSource.isEmpty() ? "" : "; row: " + rowSource);
        String note = listed.added() ? "CHECK: " + listed.code() + " is not an entry of the US CCL data; it is a " + regime
                + " entry by " + listed.source()
                : listed.status() == ControlList.Status.LISTED_CHECK ? "CHECK: the CCL gives no reasons for control for "
                + listed.code() + " (" + listed.heading() + "); it is taken as a " + regime + " entry from its number" : "";
        return Optional.of(new ControlEntry(c, listed.heading(), localRef, true, List.of(), List.of(), source, note,
                true, regime, listed.status() == ControlList.Status.LISTED_CHECK));
    }

    /**
     * True when {@code code} is an entry (or a sub-entry of an entry) of this regime's control list:
     * the question input validation asks of a licence's or an order's item code.
     */
    public boolean isControlListEntry(String code) {
        return code != null && entry(code).isPresent();
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
        for (CountryGroup g : groups.values()) {
            g.members().stream().filter(m -> m.uncertain() != null).forEach(m -> add.accept(m.uncertain().window()));
        }
        licenceTypes.forEach(t -> add.accept(t.period()));
        catchAll.forEach(c -> add.accept(c.period()));
        for (CatchAllRule c : catchAll) {
            c.grounds().forEach(g -> add.accept(g.period()));
            if (c.uncertain() != null) {
                add.accept(c.uncertain().window());
            }
        }
        prohibitions.forEach(p -> add.accept(p.period()));
        rules.embargoes().forEach(e -> add.accept(e.period()));
        rules.endUserRules().forEach(u -> add.accept(u.period()));
        rules.itemRestrictions().forEach(x -> add.accept(x.period()));
        if (reviewed != null) {
            // From the day after the review, answers carry the horizon caveat.
            add.accept(new Period(reviewed.plusDays(1), null));
        }
        measures.forEach(m -> add.accept(m.period()));
        sanctions.forEach(m -> add.accept(m.period()));
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
