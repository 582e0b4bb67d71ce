package dev.clearance.server.api;

import dev.clearance.application.lists.ListsRequired;
import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.matching.Screener;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.ScreeningAnswer;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Routing;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.DecisionView;
import dev.clearance.application.screening.Party;
import dev.clearance.application.screening.ScreeningOutcome;
import io.javalin.http.Context;
import java.util.List;

/**
 * Screens one party against the loaded lists. Hits an officer marked as false positives are shown as
 * {@code REVIEWED} (never hidden) while neither the party's nor the entry's data changed; a party with a confirmed
 * match is {@code blocked}. The answer is {@link ScreeningOutcome}'s, as for batch jobs.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
 *      -d '{"name":"Ivan Petrov","country":"RU","dob":"1970"}' http://localhost:8080/api/screenings
 * </pre>
 */
public final class ScreeningService {
    private final HitDecisions decisions;
    private final ListCatalogue lists;
    private final Recorder recorder;

    /**
     * @param decisions officers' decisions on hits
     * @param lists the loaded lists
     * @param recorder the audit recorder
     */
    public ScreeningService(HitDecisions decisions, ListCatalogue lists, Recorder recorder) {
        this.decisions = decisions;
        this.lists = lists;
        this.recorder = recorder;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/screenings", Role.REQUESTER, this::screen);
    }

    private void screen(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        Party party = PartyBody.read(in);
        double threshold = in.number("threshold", Screener.DEFAULT_THRESHOLD, 0.5, 1.0);
        int top = (int) in.number("top", 10, 1, 100);
        LoadedLists lists = ListsRequired.require(this.lists.current());
        ScreeningOutcome outcome = ScreeningOutcome.screen(lists, decisions, party.query(), threshold, top);
        java.util.Locale language = dev.clearance.server.http.Language.of(ctx);
        List<ScreeningOutcome.HitView> hits = outcome.hits().stream().map(h -> h.view(language)).toList();
        List<HitDecision> confirmed = outcome.confirmedMatches();
        // A confirmed match blocks the party even when its entry is not among today's hits.
        boolean blocked = !confirmed.isEmpty();
        // a no-hit with configured lists not loaded is INCOMPLETE, never read as clear
        String verdict = outcome.verdict().name();
        // The audit record keeps each hit's id, score and review state, not the whole explanation; the metrics
        // read its outcome by field name.
        ScreeningAnswer.Audited audited = new ScreeningAnswer.Audited(outcome.alert(), lists.missing(), blocked,
                verdict, hits.stream().map(h -> new ScreeningAnswer.AuditedHit(h.match().entryId(), h.match().score(),
                        h.review().state())).toList());
        AuditRecord rec = recorder.record(who.name(), AuditAction.SCREENING,
                party.subject(), in.node(), Json.fields(audited), null,
                lists.labels());
        Json.send(ctx, 200, new ScreeningAnswer(party.view(), threshold, lists.labels(), lists.missing(),
                this.lists.screeningCaveats(ListWarnings.in(dev.clearance.server.http.Language.of(ctx))), hits, blocked,
                confirmed.stream().map(DecisionView::of).toList(), outcome.alert(), verdict, rec.seq()));
    }
}
