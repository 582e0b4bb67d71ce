package dev.clearance.licensing;

import dev.clearance.determination.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an application along one licence route of a determination involves: the documents to file, the review
 * clock, the filing office, the licence's validity and conditions. This is the one place that reads processing
 * rules for applications, so a change in the regime model touches only this class.
 *
 * @param jurisdiction  the regime
 * @param route         the licence type applied for
 * @param destination   ISO alpha-2 destination
 * @param day           the filing day the terms are taken as of
 * @param groups        the destination's groups on that day
 * @param documents     the checklist
 * @param clock         the review period and its day count
 * @param filingOffice  where to file, or null
 * @param validityYears the licence type's validity in the data, or null
 * @param conditions    the licence type's conditions in the data, or empty
 */
public record ApplicationTerms(String jurisdiction, String route, String destination, LocalDate day,
                               List<String> groups, List<RequiredDocument> documents, ReviewClock clock,
                               String filingOffice, Integer validityYears, String conditions) {
    /** The individual licence's code in both regimes. */
    public static final String INDIVIDUAL = "INDIVIDUAL";
    private static final String CONFIRMED = "CONFIRMED";
    private static final String CHECK = "CHECK";
    private static final String KR_DOCS_SOURCE = "samuraishopper 2019-09-15; newsrebeat.com/world-news/163197.html"
            + " (3 documents for Ga / Ga-1, 5 for Ga-2); the 3 documents are not named in the sources";
    private static final String KR_GA2_SOURCE = "sisajournal-e idxno=206181 (Ga-2 applications add an end-consignee"
            + " statement and an end-user undertaking), regimes.md §8.1";

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
        LocalDate day = d.asOf();
        Standing standing = regime.standing(destination, day);
        Optional<ProcessingRule> rule = regime.processing().stream()
                .filter(p -> p.licence().equals(route) && p.period().contains(day)
                        && (p.group() == null || standing.in(p.group())))
                .findFirst();
        Optional<LicenceType> type = regime.licenceTypes().stream()
                .filter(t -> t.code().equals(route) && t.period().contains(day)).findFirst();
        ReviewClock clock = clock(d, route, rule);
        List<RequiredDocument> docs = documents(d, route, standing, rule);
        return new ApplicationTerms(d.jurisdiction(), route, destination, day, standing.groups(), docs, clock,
                INDIVIDUAL.equals(route) ? d.filingOffice() : null,
                type.map(LicenceType::validityYears).orElse(null), type.map(LicenceType::conditions).orElse(""));
    }

    /**
     * The same terms filed on another day: the export is determined as of its own date, the clock starts on the
     * filing day.
     */
    public ApplicationTerms filedOn(LocalDate filed) {
        return new ApplicationTerms(jurisdiction, route, destination, filed, groups, documents, clock, filingOffice,
                validityYears, conditions);
    }

    /** True for a licence per contract; every other route is a bulk or comprehensive licence for repeated exports. */
    public static boolean perContract(String route) {
        return INDIVIDUAL.equals(route);
    }

    private static ReviewClock clock(Determination d, String route, Optional<ProcessingRule> rule) {
        DayCount count;
        String countSource;
        if ("KR".equals(d.jurisdiction())) {
            count = DayCount.WORKING;
            countSource = "The sources do not say; counted in working days as Korean civil-petition periods of six"
                    + " days or more are (Civil Petitions Treatment Act Art. 19, not in the reference: CHECK);"
                    + " public holidays are not encoded";
        } else {
            count = DayCount.CALENDAR;
            countSource = "The sources do not say whether 'about 90 days' are calendar or working days: counted"
                    + " as calendar days (CHECK)";
        }
        Integer days = null;
        String source = "";
        String status = CONFIRMED;
        if (INDIVIDUAL.equals(route) && d.reviewDays() != null) {
            days = d.reviewDays();
            source = rule.map(ProcessingRule::source).orElse("the determination (a measure's review period)");
        } else if (rule.isPresent() && rule.get().reviewDays() != null) {
            days = rule.get().reviewDays();
            source = rule.get().source();
        } else if (INDIVIDUAL.equals(route) && "JP".equals(d.jurisdiction())) {
            days = 90;
            source = "amenews idx=40019: individual licences 'usually about 90 days' (regimes.md §8.2)";
            status = CHECK;
        }
        return new ReviewClock(days, source, status, count, CHECK, countSource);
    }

    private static List<RequiredDocument> documents(Determination d, String route, Standing standing,
                                                    Optional<ProcessingRule> rule) {
        List<RequiredDocument> docs = new ArrayList<>();
        if ("JP".equals(d.jurisdiction())) {
            docs.add(new RequiredDocument("Documents per METI's list for this item and destination (not encoded)",
                    CHECK, "meti.go.jp/policy/anpo (the sources give no document list for Japan)"));
            return docs;
        }
        Integer count = INDIVIDUAL.equals(route) ? d.documents() : rule.map(ProcessingRule::documents).orElse(null);
        if (count == null && "COMPREHENSIVE".equals(route)) {
            docs.add(new RequiredDocument("Comprehensive licence application (1 document; the sources do not name"
                    + " it)", CHECK, "samuraishopper 2019-09-15 (comprehensive applications need 1 document, 3 by"
                    + " the Ga-2 exception)"));
            return docs;
        }
        if (count == null) {
            docs.add(new RequiredDocument("Documents per the Public Notice on Trade of Strategic Items (the sources"
                    + " give no count for this route and region)", CHECK, rule.map(ProcessingRule::source)
                    .orElse("no processing rule for this route and region")));
            return docs;
        }
        boolean ga2 = standing.in("Ga-2");
        int named = ga2 ? 2 : 0;
        for (int i = 1; i <= count - named; i++) {
            docs.add(new RequiredDocument("Document " + i + " of the " + (count - named) + " every applicant files"
                    + " (not named in the sources)", CHECK, KR_DOCS_SOURCE));
        }
        if (ga2) {
            docs.add(new RequiredDocument("End-consignee statement", CONFIRMED, KR_GA2_SOURCE));
            docs.add(new RequiredDocument("End-user undertaking", CONFIRMED, KR_GA2_SOURCE));
        }
        return docs;
    }
}
