package dev.clearance.server.api;

import dev.clearance.application.screening.Party;
import dev.clearance.application.screening.PartyScreening;
import dev.clearance.application.screening.ScreeningOutcome;
import dev.clearance.matching.Screener;
import dev.clearance.records.access.Role;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Language;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Screens one party against the loaded lists ({@link PartyScreening}): reads the request, answers in the reader's
 * language. Hits an officer marked as false positives are shown as {@code REVIEWED} (never hidden); a party with a
 * confirmed match is {@code blocked}. The answer is {@link ScreeningOutcome}'s, as for batch jobs.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
 *      -d '{"name":"Ivan Petrov","country":"RU","dob":"1970"}' http://localhost:8080/api/screenings
 * </pre>
 */
public final class ScreeningService {
    private final PartyScreening screening;

    /**
     * @param screening the screening of one party
     */
    public ScreeningService(PartyScreening screening) {
        this.screening = screening;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/screenings", Role.REQUESTER, this::screen);
    }

    private void screen(Context ctx) {
        Input in = Json.object(ctx);
        Party party = PartyBody.read(in);
        double threshold = in.number("threshold", Screener.DEFAULT_THRESHOLD, 0.5, 1.0);
        int top = (int) in.number("top", 10, 1, 100);
        Locale language = Language.of(ctx);
        Json.send(ctx, 200, screening.screen(new PartyScreening.Request(party, threshold, top),
                Access.principal(ctx), in.node(), language, ListWarnings.in(language)));
    }
}
