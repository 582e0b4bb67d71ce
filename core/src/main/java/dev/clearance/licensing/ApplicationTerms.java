package dev.clearance.licensing;

import dev.clearance.input.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.regime.ApplicationRules;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.Standing;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an application along one licence route of a determination involves: the documents to file, the review
 * clock, the filing office, the licence's validity and conditions, all read from the regime's data (its
 * processing rules and {@code applications} section). This is the one place that reads them for applications, so a
 * change in the regime model touches only this class. What the data does not give is answered "not encoded
 * (CHECK)", never filled in from another regime.
 *
 * @param jurisdiction  the regime
 * @param route         the licence type applied for
 * @param destination   ISO alpha-2 destination
 * @param day           the filing day the terms are taken as of
 * @param groups        the destination's groups on that day
 * @param documents     the checklist
 * @param clock         the review period and its day count
 * @param filingOffice  where to file; "not encoded (CHECK)" with the reason when the data gives no office
 * @param validityYears the licence type's validity in the data, or null
 * @param conditions    the licence type's conditions in the data, or empty
 */
public record ApplicationTerms(String jurisdiction, String route, String destination, LocalDate day,
                               List<String> groups, List<RequiredDocument> documents, ReviewClock clock,
                               String filingOffice, Integer validityYears, String conditions) {
    private static final String CONFIRMED = "CONFIRMED";
    private static final String CHECK = "CHECK";
    private static final String NOT_ENCODED = "not encoded (CHECK)";

    public ApplicationTerms {
        groups = List.copyOf(groups);
        documents = List.copyOf(documents);
        conditions = conditions == null ? "" : conditions;
    }

    /**
     * The terms of an application along {@code route} for the export {@code d} answers.
     *
     * @throws BadRequestException on field {@code route} when the route is not among the determination's options
     */
    public static ApplicationTerms of(Regimes regimes, Determination d, String destination, String route) {
        if (route == null || !d.licenceOptions().contains(route)) {
            throw new BadRequestException("route", (route == null ? "missing" : "'" + route + "' is not")
                    + (route == null ? ": choose one of " : " among the licence options of this determination: ")
                    + (d.licenceOptions().isEmpty() ? "none (no licence is required)" : d.licenceOptions()));
        }
        Regime regime = regimes.require(d.jurisdiction());
        ApplicationRules rules = regime.applications();
        LocalDate day = d.asOf();
        Standing standing = regime.standing(destination, day);
        Optional<ProcessingRule> rule = regime.processing().stream()
                .filter(p -> p.licence().equals(route) && p.period().contains(day)
                        && (p.group() == null || standing.in(p.group())))
                .findFirst();
        Optional<LicenceType> type = regime.licenceTypes().stream()
                .filter(t -> t.code().equals(route) && t.period().contains(day)).findFirst();
        boolean perContract = rules.perContract(route);
        ReviewClock clock = clock(regime, d, route, rule, perContract);
        List<RequiredDocument> docs = documents(regime, d, route, standing, rule, perContract);
        String office = perContract && d.filingOffice() != null ? d.filingOffice()
                : rules.filing(route, day).map(ApplicationRules.Filing::office).orElse(NOT_ENCODED
                + ": no filing office for " + route + " in the " + d.jurisdiction() + " regime data");
        return new ApplicationTerms(d.jurisdiction(), route, destination, day, standing.groups(), docs, clock,
                office, type.map(LicenceType::validityYears).orElse(null), type.map(LicenceType::conditions).orElse(""));
    }

    /**
     * The same terms filed on another day: the export is determined as of its own date, the clock starts on the
     * filing day.
     */
    public ApplicationTerms filedOn(LocalDate filed) {
        return new ApplicationTerms(jurisdiction, route, destination, filed, groups, documents, clock, filingOffice,
                validityYears, conditions);
    }

    /**
     * True for a licence per contract in the regime data of any bundled regime; every other route is a bulk or
     * comprehensive licence for repeated exports.
     */
    public static boolean perContract(String route) {
        return RegimeData.bundled().all().stream().anyMatch(r -> r.applications().perContract(route));
    }

    private static ReviewClock clock(Regime regime, Determination d, String route, Optional<ProcessingRule> rule,
                                     boolean perContract) {
        ApplicationRules.Stated stated = regime.applications().dayCount();
        DayCount count = stated == null ? DayCount.CALENDAR : DayCount.valueOf(stated.text());
        String countStatus = stated == null ? CHECK : stated.status();
        String countSource = stated == null ? NOT_ENCODED + ": the " + regime.jurisdiction() + " regime data gives"
                + " no day count for applications; counted as calendar days" : stated.source();
        Optional<ApplicationRules.Review> looser = regime.applications().review(route, d.asOf());
        if (perContract && d.reviewDays() != null) {
            return new ReviewClock(d.reviewDays(), rule.map(ProcessingRule::source)
                    .orElse("the determination (a measure's review period)"), CONFIRMED, count, countStatus, countSource);
        }
        if (rule.isPresent() && rule.get().reviewDays() != null) {
            return new ReviewClock(rule.get().reviewDays(), rule.get().source(), CONFIRMED, count, countStatus,
                    countSource);
        }
        if (looser.isPresent()) {
            return new ReviewClock(looser.get().days(), looser.get().source(), looser.get().status(), count,
                    countStatus, countSource);
        }
        return new ReviewClock(null, NOT_ENCODED + ": no review days for " + route + " in the "
                + regime.jurisdiction() + " regime data", CHECK, count, countStatus, countSource);
    }

    private static List<RequiredDocument> documents(Regime regime, Determination d, String route, Standing standing,
                                                    Optional<ProcessingRule> rule, boolean perContract) {
        ApplicationRules rules = regime.applications();
        Integer count = perContract ? d.documents() : rule.map(ProcessingRule::documents).orElse(null);
        List<RequiredDocument> docs = new ArrayList<>();
        if (count == null) {
            ApplicationRules.matching(rules.checklist(), route, d.asOf(), standing)
                    .forEach(t -> docs.add(new RequiredDocument(t.text(), t.status(), t.source())));
            if (docs.isEmpty()) {
                ApplicationRules.Stated fallback = rules.documents();
                docs.add(fallback == null ? new RequiredDocument("Application documents: " + NOT_ENCODED, CHECK,
                        "no document list for " + route + " in the " + regime.jurisdiction() + " regime data")
                        : new RequiredDocument(fallback.text(), fallback.status(),
                        rule.map(ProcessingRule::source).orElse(fallback.source())));
            }
            return docs;
        }
        List<ApplicationRules.RouteText> named = ApplicationRules.matching(rules.named(), route, d.asOf(), standing);
        int unnamed = count - named.size();
        String source = rule.map(ProcessingRule::source).orElse("the determination (a measure's document count)")
                + "; the documents are not named in the sources";
        for (int i = 1; i <= unnamed; i++) {
            docs.add(new RequiredDocument("Document " + i + " of the " + unnamed + " every applicant files"
                    + " (not named in the sources)", CHECK, source));
        }
        named.forEach(t -> docs.add(new RequiredDocument(t.text(), t.status(), t.source())));
        return docs;
    }
}
