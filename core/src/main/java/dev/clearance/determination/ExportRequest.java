package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.input.IsoCurrency;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One export to determine.
 *
 * @param from     the exporting jurisdiction, whose regime applies (JP, KR)
 * @param to       destination, ISO 3166-1 alpha-2
 * @param item     control-list code (3C002.a.2), or null for a good on no control list
 * @param cas      CAS number of the substance, or null
 * @param hs       HS code of an unlisted good (at least its chapter), or null
 * @param date     the day of export
 * @param endUse   what is known of the end use
 * @param endUser  the end user's screening result, or null when no end user was given
 * @param informed true when the authority has informed the exporter (catch-all inform requirement)
 * @param value    the shipment's value, or null when not given (LVS needs it)
 * @param currency ISO 4217 code of {@code value} (USD ...), or null
 * @param region   the region of the destination the goods go to (a code of {@code regimes/regions.yaml}: UA-43,
 *                 UA-DNR ...), or null when not given: measures limited to regions then answer {@code check}
 * @param headquarters where the end user, and its ultimate parent company if it has one, are headquartered (ISO
 *                 3166-1 alpha-2 codes), or null when not given: measures limited to end users headquartered in some
 *                 countries (15 CFR 744.23(a)(3), (a)(4)(ii)) then answer {@code check} where they may apply
 */
public record ExportRequest(String from, String to, String item, String cas, String hs, LocalDate date, EndUse endUse,
                            EndUserFinding endUser, boolean informed, java.math.BigDecimal value, String currency,
                            String region, java.util.List<String> headquarters) {
    public ExportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        endUse = endUse == null ? EndUse.CIVIL : endUse;
        if (value != null && value.signum() < 0) {
            throw new BadRequestException("value", "must not be negative: " + value);
        }
        if (value != null) {
            currency = IsoCurrency.code(currency, "currency");
        }
        if (headquarters != null) {
            if (headquarters.isEmpty()) {
                throw new BadRequestException("headquarters", "name at least one country, or leave it out");
            }
            headquarters = java.util.List.copyOf(headquarters);
        }
    }

    /** A request saying nothing of where the end user is headquartered. */
    public ExportRequest(String from, String to, String item, String cas, String hs, LocalDate date, EndUse endUse,
                         EndUserFinding endUser, boolean informed, java.math.BigDecimal value, String currency,
                         String region) {
        this(from, to, item, cas, hs, date, endUse, endUser, informed, value, currency, region, null);
    }

    /** A request naming no region. */
    public ExportRequest(String from, String to, String item, String cas, String hs, LocalDate date, EndUse endUse,
                         EndUserFinding endUser, boolean informed, java.math.BigDecimal value, String currency) {
        this(from, to, item, cas, hs, date, endUse, endUser, informed, value, currency, null);
    }

    /** A request without a shipment value. */
    public ExportRequest(String from, String to, String item, String cas, String hs, LocalDate date, EndUse endUse,
                         EndUserFinding endUser, boolean informed) {
        this(from, to, item, cas, hs, date, endUse, endUser, informed, null, null);
    }

    /** The same request with the shipment's value. */
    public ExportRequest withValue(java.math.BigDecimal amount, String currencyCode) {
        return new ExportRequest(from, to, item, cas, hs, date, endUse, endUser, informed, amount, currencyCode, region,
                headquarters);
    }

    /** A plain request: listed item or null, no CAS, HS, end user or notice, civil end use. */
    public static ExportRequest of(String from, String to, String item, LocalDate date) {
        return new ExportRequest(from, to, item, null, null, date, EndUse.CIVIL, null, false);
    }

    /** The same request with the end user's screening result. */
    public ExportRequest withEndUser(EndUserFinding finding) {
        return new ExportRequest(from, to, item, cas, hs, date, endUse, finding, informed, value, currency, region,
                headquarters);
    }

    /** The same request on another day. */
    public ExportRequest withDate(LocalDate day) {
        return new ExportRequest(from, to, item, cas, hs, day, endUse, endUser, informed, value, currency, region,
                headquarters);
    }

    /** The same request to a region of the destination (a code of {@code regimes/regions.yaml}), or none. */
    public ExportRequest withRegion(String code) {
        return new ExportRequest(from, to, item, cas, hs, date, endUse, endUser, informed, value, currency, code,
                headquarters);
    }

    /** The same request with where the end user (and its ultimate parent) are headquartered, or null for not known. */
    public ExportRequest withHeadquarters(java.util.List<String> countries) {
        return new ExportRequest(from, to, item, cas, hs, date, endUse, endUser, informed, value, currency, region,
                countries);
    }
}
