package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One side of an impact: the regimes to apply and the day to apply them as of (or each order's own
 * date). Order books repeat the same request many times, so answers are memoised up to a fixed
 * number of distinct requests, which keeps memory bounded on any book.
 */
public final class ImpactSide {
    private static final int CACHE_LIMIT = 100_000;
    private final String label;
    private final DeterminationEngine engine;
    private final LocalDate day;
    private final Map<ExportRequest, Determination> cache = new ConcurrentHashMap<>();

    /**
     * @param label  how reports name this side ("2019-08-27", "as it stands", "with scenario")
     * @param engine the engine over the regimes of this side
     * @param day    the day to determine as of, or null for each order's own date
     */
    public ImpactSide(String label, DeterminationEngine engine, LocalDate day) {
        this.label = label;
        this.engine = engine;
        this.day = day;
    }

    public String label() {
        return label;
    }

    /** The engine of this side, over its regimes. */
    public DeterminationEngine engine() {
        return engine;
    }

    /** The day this side is taken as of; null means each order's own date. */
    public LocalDate day() {
        return day;
    }

    /** The answer for an order's request on this side. */
    public Determination determine(ExportRequest request) {
        ExportRequest r = day == null ? request : request.withDate(day);
        Determination d = cache.get(r);
        if (d == null) {
            d = engine.determine(r);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(r, d);
            }
        }
        return d;
    }
}
