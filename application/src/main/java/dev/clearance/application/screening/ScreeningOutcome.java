package dev.clearance.application.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchJson;
import dev.clearance.matching.normalise.Query;
import dev.clearance.records.Fingerprints;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.decisions.ReviewStatus;
import dev.clearance.application.lists.LoadedLists;
import java.util.ArrayList;
import java.util.List;

/**
 * A party screened against the loaded lists, with the decisions standing for it applied: each hit carries its review
 * (a standing false positive is shown as {@code REVIEWED} with its decision, never hidden), a confirmed match blocks
 * the party even when its entry is not among today's hits, and configured lists that were not loaded are named. Single
 * screenings and batch jobs both take their answer from here, so a decision counts the same in both.
 *
 * @param hits the hits, best first, each with its review
 * @param confirmedMatches the party's standing confirmed matches, newest first
 * @param missingLists configured lists with nothing loaded: not screened against
 */
public record ScreeningOutcome(List<Hit> hits, List<HitDecision> confirmedMatches,
        List<String> missingLists) {

    /**
     * One hit and where it stands after the officers' decisions.
     *
     * @param match the match
     * @param entryFingerprint fingerprint of the entry's data, which a decision is bound to
     * @param status the hit's review status
     */
    public record Hit(Match match, String entryFingerprint, ReviewStatus status) {
        /** @return whether the hit raises an alert (anything but a standing false positive) */
        public boolean alert() {
            return status.alert();
        }

        /**
         * @param language the language of the explanation's one line (English, Japanese, Korean)
         * @return the hit as a single screening shows it: the match, {@code entryFingerprint} and {@code review}
         */
        public HitView view(java.util.Locale language) {
            MatchJson.Hit m = MatchJson.of(match);
            MatchJson.Why w = m.explanation();
            MatchJson.Why worded = new MatchJson.Why(dev.clearance.matching.explain.ExplanationText.render(
                    match.explanation(), language), w.nameScore(), w.tokens(), w.queryOnly(), w.listedOnly(),
                    w.qualifiers(), w.nameStrength());
            return new HitView(new MatchJson.Hit(m.entryId(), m.list(), m.type(), m.primaryName(), m.matchedName(),
                    m.score(), m.countries(), m.birthDates(), m.programmes(), worded), entryFingerprint, review());
        }

        /** @return the review status as the API shows it */
        public Review review() {
            return ScreeningOutcome.review(status);
        }
    }

    /**
     * A hit as a single screening shows it.
     *
     * @param match            the match, its fields written flat
     * @param entryFingerprint fingerprint of the entry's data, which a decision is bound to
     * @param review           where the hit stands after the officers' decisions
     */
    public record HitView(@com.fasterxml.jackson.annotation.JsonUnwrapped MatchJson.Hit match, String entryFingerprint,
                          Review review) {
    }

    /** What a screening comes to, in the order a reviewer must act on it. */
    public enum Verdict {
        /** An officer confirmed a match: the party is blocked. */
        BLOCKED,
        /** A hit with no standing false positive: needs an officer. */
        ALERT,
        /** No alerting hit, but some configured lists were not screened against: not clear. */
        INCOMPLETE,
        /** Every hit has a standing false positive (shown, with its decision), every list screened. */
        REVIEWED,
        /** No hit, every configured list screened against. */
        NO_HIT,
        /** The input row could not be screened (batch jobs): its error says why. */
        NOT_SCREENED
    }

    public ScreeningOutcome {
        hits = List.copyOf(hits);
        confirmedMatches = List.copyOf(confirmedMatches);
        missingLists = List.copyOf(missingLists);
    }

    /**
     * Screens a party. Its key is the query's id (a batch row's {@code id}, a screening's {@code partyKey}); a decision
     * made with that key, or without a key on a record with the same fingerprint, applies.
     *
     * @param lists the lists in use
     * @param decisions the officers' decisions
     * @param query the party
     * @param threshold lowest score reported
     * @param top most hits
     * @return the outcome
     */
    public static ScreeningOutcome screen(LoadedLists lists, HitDecisions decisions, Query query, double threshold,
            int top) {
        return screen(lists, decisions.standing(query.id(), fingerprint(query)), query, threshold, top);
    }

    /**
     * As {@link #screen(LoadedLists, HitDecisions, Query, double, int)}, with the party's standing decisions read
     * already (a batch reads those of a chunk of rows at once, {@link HitDecisions#standings}).
     */
    public static ScreeningOutcome screen(LoadedLists lists, HitDecisions.Standing standing, Query query,
            double threshold, int top) {
        List<Hit> out = new ArrayList<>();
        for (Match m : lists.screener().screen(query, threshold, top)) {
            ListEntry e = m.entry();
            String ef = LoadedLists.fingerprint(e);
            out.add(new Hit(m, ef, standing.status(e.id(), ef)));
        }
        return new ScreeningOutcome(out, standing.confirmedMatches(), lists.missing());
    }

    /** @return the fingerprint a decision on a party without key is bound to: changes when the party's data change */
    public static String fingerprint(Query q) {
        return Fingerprints.party(q.name(), q.country(), q.dob(), q.type() == null ? null : q.type().word(),
                q.identifiers());
    }

    /** @return whether the party is blocked by a confirmed match */
    public boolean blocked() {
        return !confirmedMatches.isEmpty();
    }

    /** @return whether the screening raises an alert: blocked, or a hit without a standing false positive */
    public boolean alert() {
        return blocked() || hits.stream().anyMatch(Hit::alert);
    }

    /** @return what the screening comes to; a no-hit with lists missing is {@link Verdict#INCOMPLETE}, never clear */
    public Verdict verdict() {
        if (blocked()) {
            return Verdict.BLOCKED;
        }
        if (alert()) {
            return Verdict.ALERT;
        }
        if (!missingLists.isEmpty()) {
            return Verdict.INCOMPLETE;
        }
        return hits.isEmpty() ? Verdict.NO_HIT : Verdict.REVIEWED;
    }

    /**
     * A hit's review status as the API shows it: its state, and the officer's decision behind it when there is one
     * (the decision's fields are left out when there is none).
     *
     * @param state the review state
     * @param decisionId the decision
     * @param decision its kind
     * @param reason why the officer decided so (required of every decision)
     * @param officer who decided
     * @param reviewedAt when
     * @param confirmedBy the second officer who confirmed it, when one did
     * @param partyChanged whether the party's data changed since the decision
     * @param entryChanged whether the entry's data changed since the decision
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(String state, Long decisionId, String decision, String reason, String officer,
            String reviewedAt, String confirmedBy, Boolean partyChanged, Boolean entryChanged) {
    }

    /** @return the review status of a hit as the API shows it */
    static Review review(ReviewStatus s) {
        HitDecision d = s.decision();
        if (d == null) {
            return new Review(s.state().name(), null, null, null, null, null, null, null, null);
        }
        return new Review(s.state().name(), d.id(), d.kind().name(), d.reason(), d.officer(),
                d.decidedAt().toString(), d.confirmation() == null ? null : d.confirmation().officer(),
                s.partyChanged(), s.entryChanged());
    }
}
