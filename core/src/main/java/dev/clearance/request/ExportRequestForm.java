package dev.clearance.request;

import dev.clearance.determination.EndUse;
import dev.clearance.determination.ExportRequest;
import dev.clearance.input.BadRequestException;
import dev.clearance.input.BadRequestException.Kind;
import dev.clearance.input.IsoCurrency;
import dev.clearance.input.IsoDay;
import dev.clearance.regime.Codes;
import dev.clearance.regime.Countries;
import dev.clearance.regime.Region;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regions;
import dev.clearance.regime.read.RegimeData;
import dev.clearance.text.Excerpt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An export request as a way in gives it, every field as text (null or blank when not given): the one check of
 * an export request that the CLI, the API (determinations and applications) and order books all call.
 *
 * @param informed true/yes/y/1 or false/no/n/0 (blank: false)
 * @param value    the shipment's value; thousands may be grouped with commas (2,000.50)
 * @param currency the ISO 4217 code of {@code value}, in either case
 * @param region   the region of the destination the goods go to, by its code (UA-43) or name (Crimea, DNR) as
 *                 {@code regimes/regions.yaml} knows it; blank when not given
 * @param headquarters where the end user, and its ultimate parent company if it has one, are headquartered: ISO
 *                 3166-1 alpha-2 codes separated by commas (CN, or SG,CN); blank when not given
 */
public record ExportRequestForm(String from, String to, String item, String cas, String hs, String date,
                                String endUse, String informed, String value, String currency, String region,
                                String headquarters) {
    /** The word for a good on no control list, on every way in. */
    public static final String NONE = "NONE";
    // compiled once: every order-book line passes through here
    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
    private static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile("[A-Z]{2}");

    /** A form that says nothing of where the end user is headquartered. */
    public ExportRequestForm(String from, String to, String item, String cas, String hs, String date, String endUse,
                             String informed, String value, String currency, String region) {
        this(from, to, item, cas, hs, date, endUse, informed, value, currency, region, null);
    }

    /**
     * The request, checked; its end user is left to the caller, who screens it.
     *
     * @param names what this way in calls each field
     * @throws BadRequestException naming the first bad field as {@code names} calls it
     */
    public ExportRequest parse(RequestFields names) {
        String exporter = required(from, names.from()).toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(exporter).matches()) {
            throw new BadRequestException(Kind.INVALID, names.from(), "expected the exporting jurisdiction, e.g. JP: "
                    + Excerpt.quote(from));
        }
        String destination = required(to, names.to()).toUpperCase(Locale.ROOT);
        if (!Countries.isValid(destination)) {
            throw new BadRequestException(Kind.UNKNOWN, names.to(), "unknown ISO 3166-1 alpha-2 country code "
                    + Excerpt.quote(to));
        }
        BigDecimal amount = amount(names);
        String code = currencyCode(amount, names);
        return new ExportRequest(exporter, destination, item(names), blankToNull(cas), blankToNull(hs), day(names),
                use(names), null, informed(names), amount, code, region(names, destination), headquarters(names));
    }

    /** The countries where the end user and its ultimate parent are headquartered, or null when not given. */
    private java.util.List<String> headquarters(RequestFields names) {
        String given = blankToNull(headquarters);
        if (given == null) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : given.split(",")) {
            String code = part.trim().toUpperCase(Locale.ROOT);
            if (!Countries.isValid(code)) {
                throw new BadRequestException(Kind.UNKNOWN, names.headquarters(), "unknown ISO 3166-1 alpha-2 country"
                        + " code " + Excerpt.quote(part.trim()) + " (countries separated by commas, e.g. CN or SG,CN)");
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /** The region's code, or null when none is given; a region the data does not know for the destination is refused. */
    private String region(RequestFields names, String destination) {
        String given = blankToNull(region);
        if (given == null) {
            return null;
        }
        Regions regions = RegimeData.regions();
        return regions.find(destination, given).map(Region::code).orElseThrow(() -> new BadRequestException(
                Kind.UNKNOWN, names.region(), "not a known region of " + destination + ": " + Excerpt.quote(given)
                + (regions.of(destination).isEmpty() ? " (no region of " + destination + " is known: leave it empty)"
                : " (known: " + String.join(", ", regions.of(destination).stream().map(Region::code).toList()) + ")")));
    }

    private String item(RequestFields names) {
        String given = required(item, names.item());
        if (given.equalsIgnoreCase(NONE)) {
            return null;
        }
        String code = Codes.canonical(given);
        if (Codes.isValid(code)) {
            return code;
        }
        String word = given.toUpperCase(Locale.ROOT);
        if (UnlistedWords.ALL.contains(word)) {
            // The regime decides: its own word for unlisted goods answers, another regime refuses it.
            return word;
        }
        throw new BadRequestException(Kind.INVALID, names.item(), "not a control-list code like 3C002.a.2, nor "
                + String.join(" or ", UnlistedWords.ALL.stream().sorted().toList()) + (UnlistedWords.ALL.isEmpty()
                ? "" : " or ") + NONE + ": " + Excerpt.quote(given));
    }

    private LocalDate day(RequestFields names) {
        String text = blankToNull(date);
        if (text == null) {
            throw new BadRequestException(Kind.MISSING, names.date(), "required (YYYY-MM-DD)");
        }
        try {
            return IsoDay.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(Kind.INVALID, names.date(), "not a date (YYYY-MM-DD): " + Excerpt.quote(text));
        }
    }

    private EndUse use(RequestFields names) {
        if (blankToNull(endUse) == null) {
            return EndUse.CIVIL;
        }
        EndUse use = EndUse.parse(endUse);
        if (use == null) {
            throw new BadRequestException(Kind.INVALID, names.endUse(),
                    "expected " + EndUse.words() + ": " + Excerpt.quote(endUse));
        }
        return use;
    }

    private boolean informed(RequestFields names) {
        String text = informed == null ? "" : informed.trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "", "false", "no", "0", "n" -> false;
            case "true", "yes", "1", "y" -> true;
            default -> throw new BadRequestException(Kind.INVALID, names.informed(), "expected true or false: "
                    + Excerpt.quote(informed));
        };
    }

    private BigDecimal amount(RequestFields names) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        // Commas only as thousands separators: "1,5" is refused, never read as 15.
        String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        BigDecimal d;
        try {
            d = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new BadRequestException(Kind.INVALID, names.value(), "not a number: " + Excerpt.quote(text));
        }
        if (d.signum() < 0) {
            throw new BadRequestException(Kind.INVALID, names.value(), "must not be negative: " + Excerpt.quote(text));
        }
        return d;
    }

    private String currencyCode(BigDecimal amount, RequestFields names) {
        String code = blankToNull(currency);
        if (amount == null && code != null) {
            throw new BadRequestException(Kind.MISSING, names.value(), "empty, but a currency is given");
        }
        if (amount == null) {
            return null;
        }
        if (code == null) {
            throw new BadRequestException(Kind.MISSING, names.currency(),
                    "a value needs its ISO 4217 currency, e.g. USD");
        }
        return IsoCurrency.code(code, names.currency());
    }

    private static String required(String text, String field) {
        String s = blankToNull(text);
        if (s == null) {
            throw new BadRequestException(Kind.MISSING, field, "required");
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The words the bundled regimes use for goods on no entry of their lists (read from their data). */
    private static final class UnlistedWords {
        static final Set<String> ALL = RegimeData.bundled().all().stream().map(Regime::rules)
                .map(r -> r.unlisted()).filter(Objects::nonNull).map(w -> w.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
