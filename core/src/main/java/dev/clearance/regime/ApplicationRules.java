package dev.clearance.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a regime's licence applications are processed, beyond the processing rules the engine reads: which routes
 * are a licence per contract, where to file, how review days are counted, and what the checklist says where no
 * rule counts the documents. Every statement carries its status (CONFIRMED or CHECK) and source; a part the data
 * does not give is null or empty, and the answer says it is not encoded.
 *
 * @param perContract licence types granted per contract (one application per export)
 * @param filing      where applications along a route are filed, with the days that holds
 * @param dayCount    how review days are counted, or null when not encoded
 * @param documents   the checklist line where no rule counts the documents, or null when not encoded
 * @param review      review days from looser sources the engine does not decide on (CHECK), by route
 * @param checklist   checklist lines for a route (and group) instead of a document count
 * @param named       documents a route (and group) names, counted among the rule's documents
 */
public record ApplicationRules(List<String> perContract, List<Filing> filing, Stated dayCount, Stated documents,
                               List<Review> review, List<RouteText> checklist, List<RouteText> named) {
    /** No application facts at all. */
    public static final ApplicationRules NONE = new ApplicationRules(List.of(), List.of(), null, null, List.of(),
            List.of(), List.of());

    public ApplicationRules {
        perContract = List.copyOf(perContract);
        filing = List.copyOf(filing);
        review = List.copyOf(review);
        checklist = List.copyOf(checklist);
        named = List.copyOf(named);
    }

    /** A statement with its status and source; {@code text} is the statement (a day count: CALENDAR or WORKING). */
    public record Stated(String text, String status, String source) {
    }

    /** Applications along {@code licence} are filed with {@code office} on the days of {@code period}. */
    public record Filing(String licence, String office, Period period, String source) {
    }

    /** Review days along {@code licence} on the days of {@code period}, from a source marked {@code status}. */
    public record Review(String licence, Period period, int days, String status, String source) {
    }

    /** A text for {@code licence} to destinations of {@code group} (null: any) on the days of {@code period}. */
    public record RouteText(String licence, String group, Period period, String text, String status, String source) {
    }

    /** True when {@code licence} is granted per contract. */
    public boolean perContract(String licence) {
        return perContract.contains(licence);
    }

    /** Where applications along {@code licence} are filed on {@code day}. */
    public Optional<Filing> filing(String licence, LocalDate day) {
        return filing.stream().filter(f -> f.licence().equals(licence) && f.period().contains(day)).findFirst();
    }

    /** Review days along {@code licence} on {@code day} from the looser sources. */
    public Optional<Review> review(String licence, LocalDate day) {
        return review.stream().filter(r -> r.licence().equals(licence) && r.period().contains(day)).findFirst();
    }

    /** The texts for {@code licence} on {@code day} to a destination of {@code standing}. */
    public static List<RouteText> matching(List<RouteText> texts, String licence, LocalDate day, Standing standing) {
        return texts.stream().filter(t -> t.licence().equals(licence) && t.period().contains(day)
                && (t.group() == null || standing.in(t.group()))).toList();
    }
}
