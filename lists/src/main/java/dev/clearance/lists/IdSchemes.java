package dev.clearance.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Identifier schemes used in {@link ListEntry.Identifier#scheme()}, and the publishers' identifier
 * labels ("Tax ID No.", "Vessel Registration Identification", "National Identification Number") mapped to them.
 */
public final class IdSchemes {
    /** IMO ship (or company) number, seven digits. */
    public static final String IMO = "IMO";
    /** Maritime Mobile Service Identity. */
    public static final String MMSI = "MMSI";
    /** Radio call sign of a vessel or aircraft. */
    public static final String CALL_SIGN = "CALL_SIGN";
    /** Company or other registry number. */
    public static final String REGISTRATION = "REGISTRATION";
    /** Tax number (INN, RFC, VAT ...). */
    public static final String TAX = "TAX";
    /** Passport number. */
    public static final String PASSPORT = "PASSPORT";
    /** National identity number or card. */
    public static final String NATIONAL_ID = "NATIONAL_ID";
    /** SWIFT/BIC code. */
    public static final String SWIFT = "SWIFT";
    /** Legal Entity Identifier. */
    public static final String LEI = "LEI";
    /** Aircraft manufacturer's serial number. */
    public static final String MSN = "MSN";
    /** Aircraft tail (registration) number. */
    public static final String TAIL_NUMBER = "TAIL_NUMBER";
    /** Digital currency address. */
    public static final String CRYPTO = "CRYPTO";
    /** An identity document of another kind. */
    public static final String OTHER = "OTHER";

    /** Publisher labels, longest first so that "Business Registration Number" wins over "Registration Number". */
    static final List<Map.Entry<String, String>> LABELS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Vessel Registration Identification", IMO);
        m.put("Identification Number IMO", IMO);
        m.put("IMO", IMO);
        m.put("MMSI", MMSI);
        m.put("Passport", PASSPORT);
        m.put("Diplomatic Passport", PASSPORT);
        m.put("Número de pasaporte", PASSPORT);
        m.put("Numéro de passeport", PASSPORT);
        m.put("National ID No.", NATIONAL_ID);
        m.put("National Identification Number", NATIONAL_ID);
        m.put("National Identification", NATIONAL_ID);
        m.put("National Foreign ID Number", NATIONAL_ID);
        m.put("Identification Number", NATIONAL_ID);
        m.put("Personal ID Card", NATIONAL_ID);
        m.put("Cedula No.", NATIONAL_ID);
        m.put("C.U.R.P.", NATIONAL_ID);
        m.put("D.N.I.", NATIONAL_ID);
        m.put("SSN", NATIONAL_ID);
        m.put("Tax ID No.", TAX);
        m.put("R.F.C.", TAX);
        m.put("RUC #", TAX);
        m.put("NIT #", TAX);
        m.put("V.A.T. Number", TAX);
        m.put("Tax Number", TAX);
        m.put("Registration Number", REGISTRATION);
        m.put("Registration ID", REGISTRATION);
        m.put("Business Registration Number", REGISTRATION);
        m.put("Business Registration Document #", REGISTRATION);
        m.put("Public Registration Number", REGISTRATION);
        m.put("Commercial Registry Number", REGISTRATION);
        m.put("Economic Register Number", REGISTRATION);
        m.put("Company Number", REGISTRATION);
        m.put("UK Company Number", REGISTRATION);
        m.put("Folio Mercantil No.", REGISTRATION);
        m.put("Trade License No.", REGISTRATION);
        m.put("Unified Social Credit Code (USCC)", REGISTRATION);
        m.put("Chamber of Commerce Number", REGISTRATION);
        m.put("Certificate of Incorporation Number", REGISTRATION);
        m.put("Legal Entity Number", LEI);
        m.put("SWIFT/BIC", SWIFT);
        m.put("Aircraft Manufacturer's Serial Number (MSN)", MSN);
        m.put("Aircraft Tail Number", TAIL_NUMBER);
        m.put("Digital Currency Address - XBT", CRYPTO);
        m.put("Digital Currency Address - ETH", CRYPTO);
        m.put("Digital Currency Address - USDT", CRYPTO);
        m.put("Digital Currency Address - XMR", CRYPTO);
        List<Map.Entry<String, String>> l = new ArrayList<>(m.entrySet());
        l.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        LABELS = List.copyOf(l);
    }

    private IdSchemes() {
    }

    /**
     * The scheme for a publisher's identifier label, or {@code null} when the label does not name a strong
     * identifier (a website, an e-mail address, a sanctions note ...).
     */
    public static String forLabel(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip();
        for (Map.Entry<String, String> e : LABELS) {
            if (e.getKey().equalsIgnoreCase(l)) {
                return e.getValue();
            }
        }
        String lower = l.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "id": case "nid": case "national id": return NATIONAL_ID;
            case "regnumber": case "ogrn": case "okpo": case "registration": return REGISTRATION;
            case "tax": case "inn": case "fiscalcode": case "vat": return TAX;
            case "swiftbic": case "swift": case "bic": return SWIFT;
            case "lei": return LEI;
            case "mmsi": return MMSI;
            default: break;
        }
        if (lower.contains("passport") || lower.contains("pasaporte") || lower.contains("passeport")) {
            return PASSPORT;
        }
        if (lower.contains("imo")) {
            return IMO;
        }
        if (lower.contains("tax") || lower.contains("inn")) {
            return TAX;
        }
        if (lower.contains("regist") || lower.contains("company") || lower.contains("ogrn")) {
            return REGISTRATION;
        }
        if (lower.contains("national") || lower.contains("identity") || lower.contains("id card")) {
            return NATIONAL_ID;
        }
        if (lower.contains("swift") || lower.contains("bic")) {
            return SWIFT;
        }
        return null;
    }

    /** The seven-digit IMO number in a text such as "IMO 9187629", or {@code null}. */
    static String imoDigits(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(\\d{7})(?!\\d)").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Normalises an identifier value for its scheme (IMO numbers to their digits). */
    static String value(String scheme, String raw) {
        if (IMO.equals(scheme)) {
            return imoDigits(raw);
        }
        return raw == null ? null : raw.strip();
    }
}
