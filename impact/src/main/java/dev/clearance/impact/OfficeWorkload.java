package dev.clearance.impact;

import dev.clearance.csv.CsvException;
import dev.clearance.input.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.licensing.ApplicationTerms;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The applications an order book implies on each side of a change, and the officer time they take.
 *
 * <p>Each line is determined on each side; the least burdensome licence option is the route applied for. A route
 * with a licence per contract (individual) means one application per line. A bulk or comprehensive route means one
 * application per exporter, destination, route and consignee, renewed when the licence type's validity runs out
 * (one for the whole book when the data gives no validity). The consignee is read from the book's
 * {@code consignee} column, else {@code end_user}, else {@code customer}; lines without one share a licence per
 * destination.
 */
public final class OfficeWorkload {
    private static final List<String> CONSIGNEE_COLUMNS = List.of("consignee", "end_user", "customer");
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile(
            "^(INFO|CHECK|UNCONFIRMED|CAVEAT)\\b.*");
    private static final int MAX_NOTES = 20;
    private final ImpactSide before;
    private final ImpactSide after;
    private final WorkloadSettings settings;

    public OfficeWorkload(ImpactSide before, ImpactSide after, WorkloadSettings settings) {
        this.before = before;
        this.after = after;
        this.settings = settings;
    }

    /**
     * Runs over a book; bad lines go to {@code rejected} (file and line named) and the rest is counted.
     *
     * @throws CsvException when the header is missing or lacks a required column
     */
    public WorkloadEstimate run(String file, Reader in, Consumer<CsvException> rejected) throws IOException {
        Tally b = new Tally(before);
        Tally a = new Tally(after);
        long[] counts = new long[3];
        LocalDate[] span = new LocalDate[2];
        try (OrderReader reader = OrderReader.open(file, in)) {
            int consignee = consigneeColumn(reader.header());
            reader.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) throws IOException {
                    counts[0]++;
                    if (!inScope(line)) {
                        return;
                    }
                    String to = consignee < 0 ? "" : line.fields().get(consignee).trim();
                    Determination db;
                    Determination da;
                    try {
                        db = before.determine(line.request());
                        da = after.determine(line.request());
                    } catch (BadRequestException e) {
                        throw reader.rejection(line, e);
                    }
                    counts[1]++;
                    LocalDate day = line.request().date();
                    span[0] = span[0] == null || day.isBefore(span[0]) ? day : span[0];
                    span[1] = span[1] == null || day.isAfter(span[1]) ? day : span[1];
                    b.add(line, db, to);
                    a.add(line, da, to);
                }

                @Override
                public void rejected(CsvException problem) {
                    counts[2]++;
                    rejected.accept(problem);
                }
            });
        }
        YearMonth first = span[0] == null ? null : YearMonth.from(span[0]);
        YearMonth last = span[1] == null ? null : YearMonth.from(span[1]);
        return new WorkloadEstimate(b.finish(first, last), a.finish(first, last), counts[0], counts[1], counts[2],
                first, last, settings);
    }

    private boolean inScope(OrderLine line) {
        return (settings.from() == null || settings.from().equalsIgnoreCase(line.request().from()))
                && (settings.to() == null || settings.to().equalsIgnoreCase(line.request().to()));
    }

    private static int consigneeColumn(List<String> header) {
        for (String name : CONSIGNEE_COLUMNS) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** One side's applications as they are counted. */
    private final class Tally {
        private final ImpactSide side;
        private final Map<String, Long> applications = new TreeMap<>();
        private final Map<String, Long> reviewDays = new TreeMap<>();
        private final Map<YearMonth, Double> demand = new HashMap<>();
        private final Map<String, ApplicationTerms> terms = new HashMap<>();
        /** Bulk licence key → the days of the lines it must cover. */
        private final Map<String, Bulk> bulk = new HashMap<>();
        private final Map<String, String> notes = new TreeMap<>();
        private long unknownReview;
        private long noLicence;
        private long noRoute;
        private double minutes;

        Tally(ImpactSide side) {
            this.side = side;
        }

        void add(OrderLine line, Determination d, String consignee) {
            if (!d.licenceRequired()) {
                noLicence++;
                return;
            }
            if (d.licenceOptions().isEmpty()) {
                noRoute++;
                return;
            }
            String route = d.licenceOptions().get(0);
            String to = line.request().to();
            for (dev.clearance.determination.TraceStep step : d.trace()) {
                if (notes.size() < MAX_NOTES && !notes.containsKey(step.rule())
                        && (NOTE.matcher(step.effect()).matches() || step.rule().contains("CAVEAT"))) {
                    notes.put(step.rule(), step.effect());
                }
            }
            ApplicationTerms t = terms.computeIfAbsent(d.jurisdiction() + "|" + to + "|" + route + "|" + d.asOf(),
                    k -> ApplicationTerms.of(side.engine().regimes(), d, to, route));
            if (ApplicationTerms.perContract(route)) {
                application(route, t, line.request().date());
            } else {
                String key = d.jurisdiction() + "|" + to + "|" + route + "|"
                        + consignee.toLowerCase(Locale.ROOT);
                bulk.computeIfAbsent(key, k -> new Bulk(route, t)).days.add(line.request().date());
            }
        }

        private void application(String route, ApplicationTerms t, LocalDate day) {
            applications.merge(route, 1L, Long::sum);
            if (t.clock().days() == null) {
                unknownReview++;
            } else {
                reviewDays.merge(route, (long) t.clock().days(), Long::sum);
            }
            int m = settings.minutes(route);
            minutes += m;
            demand.merge(YearMonth.from(day), m / (double) settings.minutesPerOfficerDay(), Double::sum);
        }

        WorkloadSide finish(YearMonth first, YearMonth last) {
            for (Bulk b : bulk.values()) {
                LocalDate until = null;
                for (LocalDate day : b.days) {
                    if (until == null || !day.isBefore(until)) {
                        application(b.route, b.terms, day);
                        Integer years = b.terms.validityYears();
                        until = years == null ? LocalDate.MAX : day.plusYears(years);
                    }
                }
            }
            double officerDays = minutes / settings.minutesPerOfficerDay();
            long months = first == null ? 1 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            return new WorkloadSide(side.label(), applications, reviewDays, unknownReview, noLicence, noRoute,
                    officerDays, officerDays / months, backlog(first, last, months, officerDays), notes);
        }

        private WorkloadSide.Backlog backlog(YearMonth first, YearMonth last, long months, double officerDays) {
            if (settings.officers() == null) {
                return null;
            }
            double capacity = (double) settings.officers() * settings.workingDaysPerMonth();
            double queue = 0;
            double peak = 0;
            if (first != null) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    queue = Math.max(0, queue + demand.getOrDefault(m, 0.0) - capacity);
                    peak = Math.max(peak, queue);
                }
            }
            return new WorkloadSide.Backlog(capacity, officerDays / (capacity * months), peak, queue,
                    queue / capacity);
        }
    }

    /** The lines one bulk licence route must cover, by day. */
    private static final class Bulk {
        final String route;
        final ApplicationTerms terms;
        final TreeSet<LocalDate> days = new TreeSet<>();

        Bulk(String route, ApplicationTerms terms) {
            this.route = route;
            this.terms = terms;
        }
    }
}
