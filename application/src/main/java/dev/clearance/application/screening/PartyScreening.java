package dev.clearance.application.screening;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.ListsRequired;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.records.access.Principal;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import java.util.List;
import java.util.Locale;

/**
 * One party screened against the loaded lists on a reader's request, audited, with the answer they are shown. Hits an
 * officer marked as false positives are shown as {@code REVIEWED} (never hidden) while neither the party's nor the
 * entry's data changed; a party with a confirmed match is {@code blocked}. The hits and verdict are
 * {@link ScreeningOutcome}'s, as for batch jobs; this class adds the audit record and the lists' caveats.
 */
public final class PartyScreening {
    private final HitDecisions decisions;
    private final ListCatalogue lists;
    private final Recorder recorder;

    /**
     * @param decisions officers' decisions on hits
     * @param lists     the loaded lists
     * @param recorder  the audit recorder
     */
    public PartyScreening(HitDecisions decisions, ListCatalogue lists, Recorder recorder) {
        this.decisions = decisions;
        this.lists = lists;
        this.recorder = recorder;
    }

    /**
     * What a reader asks: the party, how close a hit must be and how many to show.
     *
     * @param party     the party
     * @param threshold lowest score reported
     * @param top       most hits
     */
    public record Request(Party party, double threshold, int top) {
    }

    /**
     * Screens the party and records the screening.
     *
     * @param who      who asked
     * @param input    the request as given, recorded as the audit record's input
     * @param language the language of each hit's one-line explanation
     * @param words    the wording of the lists' caveats in that language
     * @return the answer, naming its audit record
     * @throws dev.clearance.application.lists.NoListsException when no list is loaded
     */
    public ScreeningAnswer screen(Request request, Principal who, Object input, Locale language,
            ListCatalogue.CaveatWords words) {
        Party party = request.party();
        LoadedLists loaded = ListsRequired.require(lists.current());
        ScreeningOutcome outcome = ScreeningOutcome.screen(loaded, decisions, party.query(), request.threshold(),
                request.top());
        List<ScreeningOutcome.HitView> hits = outcome.hits().stream().map(h -> h.view(language)).toList();
        List<HitDecision> confirmed = outcome.confirmedMatches();
        // A confirmed match blocks the party even when its entry is not among today's hits.
        boolean blocked = !confirmed.isEmpty();
        // a no-hit with configured lists not loaded is INCOMPLETE, never read as clear
        String verdict = outcome.verdict().name();
        // The audit record keeps each hit's id, score and review state, not the whole explanation; the metrics
        // read its outcome by field name.
        ScreeningAnswer.Audited audited = new ScreeningAnswer.Audited(outcome.alert(), loaded.missing(), blocked,
                verdict, hits.stream().map(h -> new ScreeningAnswer.AuditedHit(h.match().entryId(),
                        h.match().score(), h.review().state())).toList());
        AuditRecord rec = recorder.record(who.name(), AuditAction.SCREENING, party.subject(), input, audited, null,
                loaded.labels());
        return new ScreeningAnswer(party.view(), request.threshold(), loaded.labels(), loaded.missing(),
                lists.screeningCaveats(words), hits, blocked, confirmed.stream().map(DecisionView::of).toList(),
                outcome.alert(), verdict, rec.seq());
    }
}
