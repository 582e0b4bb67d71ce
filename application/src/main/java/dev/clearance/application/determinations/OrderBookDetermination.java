package dev.clearance.application.determinations;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.EndUserScreening;
import dev.clearance.csv.CsvException;
import dev.clearance.determination.DeMinimis;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.ExportRequest;
import dev.clearance.input.BadRequestException;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import dev.clearance.records.access.Principal;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.regime.Regime;
import dev.clearance.request.ProductItems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An order book (CSV) determined line by line and audited as one: each line's end user is screened with the
 * officers' confirmed matches; a line that cannot be determined is refused with why, the others still answered.
 */
public final class OrderBookDetermination {
    private final HitDecisions decisions;
    private final DeterminationEngine engine;
    private final ListCatalogue lists;
    private final Recorder recorder;
    private final ProductItems products;

    /**
     * @param decisions officers' decisions on hits (a confirmed match lists the end user)
     * @param engine    the determination engine
     * @param lists     the loaded lists
     * @param recorder  the audit recorder
     * @param products  the product master a line may name a {@code product} of instead of an item (issue 21)
     */
    public OrderBookDetermination(HitDecisions decisions, DeterminationEngine engine, ListCatalogue lists,
            Recorder recorder, ProductItems products) {
        this.decisions = decisions;
        this.engine = engine;
        this.lists = lists;
        this.recorder = recorder;
        this.products = products;
    }

    /**
     * @param code the regime asked for, or null
     * @return the regime every line is determined under, or null for each exporter's own
     * @throws BadRequestException naming {@code regime} when no regime has that code
     */
    public Regime forcedRegime(String code) {
        return ForcedRegime.of(engine, code);
    }

    /**
     * Determines every line of the book and records the book.
     *
     * @param book         the file as uploaded
     * @param charset      its encoding
     * @param extraColumns columns the book declares, carried through unread
     * @param forced       the regime every line is determined under, or null ({@link #forcedRegime})
     * @param who          who asked
     * @return the lines' determinations and refusals, naming the audit record
     * @throws CsvException when the book as a whole is refused (its header)
     */
    public OrderBookAnswer determine(byte[] book, Charset charset, Collection<String> extraColumns, Regime forced,
            Principal who) {
        List<OrderBookAnswer.Row> rows = new ArrayList<>();
        List<OrderBookAnswer.Problem> problems = new ArrayList<>();
        try (OrderReader reader = OrderReader.open("upload", new ByteArrayInputStream(book), charset, extraColumns,
                products)) {
            reader.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) {
                    rows.add(determined(reader, line, forced));
                }

                @Override
                public void rejected(CsvException problem) {
                    problems.add(new OrderBookAnswer.Problem(problem.getMessage()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OrderBookAnswer out = new OrderBookAnswer(rows.size(), problems.size(), rows, problems, null);
        // the metrics read the audited outputs by field name
        AuditRecord rec = recorder.record(who.name(), AuditAction.DETERMINATION, "order book",
                new OrderBookAnswer.Upload(ListVersions.sha256(book), book.length), out, regimeVersions(rows),
                List.of());
        return out.withAuditSeq(rec.seq());
    }

    /** An order book may span regimes: the audit record names every regime version used. */
    private static String regimeVersions(List<OrderBookAnswer.Row> rows) {
        Set<String> versions = new TreeSet<>();
        for (OrderBookAnswer.Row row : rows) {
            DeterminationJson.RegimeUsed regime = row.answer().own().regime();
            versions.add(regime.jurisdiction() + "@" + regime.version());
        }
        return versions.isEmpty() ? null : String.join(",", versions);
    }

    private OrderBookAnswer.Row determined(OrderReader reader, OrderLine line, Regime forced) {
        try {
            LoadedLists loaded = lists.current();
            ExportRequest r = line.endUser() == null ? line.request()
                    : line.request().withEndUser(EndUserScreening.find(loaded, decisions, "end_user",
                    line.endUser(), null));
            if (forced != null && line.product() != null && line.product().cited() != null) {
                throw new BadRequestException(BadRequestException.Kind.CONFLICT, "product", "not with the regime"
                        + " parameter (the product's approved classification is the one for the exporter's regime)");
            }
            if (forced != null && line.usContent() != null) {
                throw new BadRequestException(BadRequestException.Kind.CONFLICT, "us_content", "not with the"
                        + " regime parameter (de minimis asks which regime the exporter is under)");
            }
            DeterminationJson.Answer answer = DeterminationJson.of(line.cite(forced != null
                    ? new DeMinimis.Answer(engine.determine(forced, r), null, null)
                    : DeMinimis.answer(engine, r, line.usContent())));
            // an end user not screened against missing lists: a "not listed" is not clear
            return new OrderBookAnswer.Row(line.id(), line.line(), answer,
                    line.endUser() != null ? loaded.missing() : null);
        } catch (BadRequestException e) {
            // The de minimis rule names its input as the CLI option does; in a book it is the us_content column.
            throw reader.rejection(line, e.field().equals("us-content") ? e.renamed("us_content") : e);
        }
    }
}
