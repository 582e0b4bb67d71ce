package dev.clearance.application.determinations;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.determination.AnswerText;
import dev.clearance.determination.DeMinimis;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.ExportRequest;
import dev.clearance.input.BadRequestException;
import dev.clearance.records.access.Principal;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.regime.Regime;
import dev.clearance.request.ProductItems;
import dev.clearance.request.ProductRequest;
import java.util.List;
import java.util.Locale;

/**
 * One export determined and audited: the engine's answer (with de minimis, or under a forced regime), its summary in
 * the reader's language, the end user's screening with the lists it was screened against, and which held licence
 * covers the export.
 */
public final class ExportDetermination {
    private final HitDecisions decisions;
    private final DeterminationEngine engine;
    private final LicenceCover cover;
    private final ListCatalogue lists;
    private final Recorder recorder;
    private final ProductItems products;

    /**
     * @param decisions officers' decisions on hits (a confirmed match lists the end user)
     * @param engine    the determination engine
     * @param cover     the held licences' coverage
     * @param lists     the loaded lists
     * @param recorder  the audit recorder
     * @param products  the product master a request may name a {@code product} of instead of an item (issue 21)
     */
    public ExportDetermination(HitDecisions decisions, DeterminationEngine engine, LicenceCover cover,
            ListCatalogue lists, Recorder recorder, ProductItems products) {
        this.decisions = decisions;
        this.engine = engine;
        this.cover = cover;
        this.lists = lists;
        this.recorder = recorder;
        this.products = products;
    }

    /**
     * Determines the export and records it.
     *
     * @param who      who asked
     * @param input    the request as given, recorded as the audit record's input
     * @param language the language of the summaries
     * @param words    the wording of the lists' caveats in that language
     * @return the answer, naming its audit record
     * @throws BadRequestException naming the field at fault
     * @throws dev.clearance.application.lists.NoListsException when an end user is named and no list is loaded
     */
    public DeterminationAnswer determine(DeterminationRequest asked, Principal who, Object input, Locale language,
            ListCatalogue.CaveatWords words) {
        Recorded r = recorded(asked, who, input, language, words);
        return r.answer().withAuditSeq(r.record().seq());
    }

    /**
     * An answer and the audit record holding it: a server sends the record's stored outputs (the answer's text as
     * audited, 4-18 KB) with its number rather than serialising the answer a second time.
     */
    public record Recorded(DeterminationAnswer answer, AuditRecord record) {
    }

    /** As {@link #determine}, giving the audit record with the answer (whose {@code auditSeq} is not set). */
    public Recorded recorded(DeterminationRequest asked, Principal who, Object input, Locale language,
            ListCatalogue.CaveatWords words) {
        LoadedLists loaded = lists.current();
        ProductRequest named = ScreenedRequest.of(asked.form(), asked.product(), asked.endUser(),
                asked.endUserKey(), loaded, decisions, products);
        ExportRequest request = named.request();
        DeMinimis.Answer answer = named.cite(answer(request, named, asked));
        Determination d = answer.own();
        boolean screened = request.endUser() != null;
        // the end user was not screened against missing lists: a "not listed" is not clear; it was screened
        // against listVersions, and listWarnings name those older than their source
        DeterminationAnswer out = new DeterminationAnswer(DeterminationJson.of(answer).withReexportSummary(
                answer.reexport() == null ? null : AnswerText.summary(answer.reexport(), language)),
                AnswerText.summary(d, language), request.endUser(), screened ? loaded.missing() : null,
                screened ? loaded.labels() : null, screened ? lists.screeningCaveats(words) : null,
                cover.of(request, d, asked.consignee(), asked.quantity()), null);
        String code = request.item();
        // the metrics read the audited outputs by field name
        AuditRecord rec = recorder.record(who.name(), AuditAction.DETERMINATION,
                request.from() + "->" + request.to() + " " + (code == null ? "NONE" : code), input, out,
                d.regimeVersion(), asked.endUser() == null ? List.of() : loaded.labels());
        return new Recorded(out, rec);
    }

    /** The engine's answer: de minimis under the exporter's own regime, or the forced regime's alone. */
    private DeMinimis.Answer answer(ExportRequest request, ProductRequest named, DeterminationRequest asked) {
        Regime forced = ForcedRegime.of(engine, asked.regime());
        if (forced == null) {
            return DeMinimis.answer(engine, request, asked.usContent());
        }
        if (named.cited() != null) {
            throw new BadRequestException(BadRequestException.Kind.CONFLICT, "regime", "regime and product do not"
                    + " go together (the product's approved classification is the one for the exporter's regime)");
        }
        if (asked.usContent() != null) {
            throw new BadRequestException(BadRequestException.Kind.CONFLICT, "regime", "regime and usContent do not"
                    + " go together (de minimis asks which regime the exporter is under)");
        }
        return new DeMinimis.Answer(engine.determine(forced, request), null, null);
    }
}
