package dev.clearance.lists;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the country names publishers write ("Russia", "Korea, North", "Iran (Islamic Republic of)",
 * "Russian") to ISO 3166-1 alpha-2 codes, from the JDK's ISO country list and English display names
 * plus a table of publisher spellings and nationality adjectives.
 */
public final class CountryCodes {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[;,/]|\\band\\b|\\(\\d+\\))\\s*");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            String name = locale.getDisplayCountry(Locale.ENGLISH);
            put(name, code);
            int paren = name.indexOf(" (");
            if (paren > 0) {
                put(name.substring(0, paren), code);
                put(name.substring(paren + 2, name.length() - 1), code);
            }
            try {
                put(locale.getISO3Country(), code);
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 code for this one
            }
        }
        String[][] aliases = {
            {"Russian Federation", "RU"}, {"USSR", "RU"}, {"Soviet Union", "RU"}, {"Former Soviet Union", "RU"},
            {"Iran (Islamic Republic of)", "IR"}, {"Islamic Republic of Iran", "IR"},
            {"Korea, North", "KP"}, {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"},
            {"Korea, Democratic People's Republic of", "KP"}, {"DPRK", "KP"},
            {"Korea, South", "KR"}, {"Republic of Korea", "KR"}, {"Korea, Republic of", "KR"},
            {"Syrian Arab Republic", "SY"}, {"Burma", "MM"},
            {"Congo, Democratic Republic of the", "CD"}, {"Democratic Republic of the Congo", "CD"},
            {"Democratic Republic of Congo", "CD"}, {"Congo, Republic of the", "CG"}, {"Republic of the Congo", "CG"},
            {"Congo", "CG"}, {"Cote d Ivoire", "CI"}, {"Ivory Coast", "CI"},
            {"United Kingdom of Great Britain and Northern Ireland", "GB"}, {"UK", "GB"}, {"Great Britain", "GB"},
            {"United States of America", "US"}, {"USA", "US"}, {"United States", "US"},
            {"United Republic of Tanzania", "TZ"}, {"Tanzania, United Republic of", "TZ"},
            {"State of Palestine", "PS"}, {"Palestine", "PS"}, {"Palestinian", "PS"}, {"West Bank", "PS"}, {"Gaza", "PS"},
            {"Türkiye", "TR"}, {"Turkiye", "TR"}, {"Republic of Türkiye", "TR"}, {"Viet Nam", "VN"},
            {"China, Hong Kong Special Administrative Region", "HK"}, {"Hong Kong", "HK"},
            {"Hong Kong, China", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"People's Republic of China", "CN"},
            {"Lao People's Democratic Republic", "LA"}, {"Bolivia (Plurinational State of)", "BO"},
            {"Venezuela (Bolivarian Republic of)", "VE"}, {"Moldova, Republic of", "MD"}, {"Republic of Moldova", "MD"},
            {"Micronesia, Federated States of", "FM"}, {"Virgin Islands, British", "VG"}, {"Bahamas, The", "BS"},
            {"Gambia, The", "GM"}, {"Cabo Verde", "CV"}, {"Czech Republic", "CZ"}, {"Swaziland", "SZ"},
            {"Macedonia", "MK"}, {"The former Yugoslav Republic of Macedonia", "MK"}, {"Holy See", "VA"},
            {"Kosovo", "XK"}, {"Curacao", "CW"}, {"Republic of Belarus", "BY"}, {"Belorussia", "BY"},
            {"Republic of Uzbekistan", "UZ"}, {"Kyrgyz Republic", "KG"}, {"Brunei Darussalam", "BN"},
            {"Taiwan, Province of China", "TW"}, {"Socialist Republic of Vietnam", "VN"}, {"Republic of Vietnam", "VN"},
            {"UAE", "AE"}, {"Slovak Republic", "SK"}, {"East Timor", "TL"}, {"Timor Leste", "TL"},
            {"Saint Kitts and Nevis", "KN"}, {"Saint Vincent and the Grenadines", "VC"},
            {"Islamic Republic of Pakistan", "PK"}, {"Republic of Iraq", "IQ"}, {"Kingdom of Saudi Arabia", "SA"},
        };
        for (String[] a : aliases) {
            put(a[0], a[1]);
        }
        String[][] adjectives = {
            {"Russian", "RU"}, {"Belarusian", "BY"}, {"Belarussian", "BY"}, {"Belorussian", "BY"}, {"Ukrainian", "UA"},
            {"Iranian", "IR"}, {"Syrian", "SY"}, {"North Korean", "KP"}, {"South Korean", "KR"}, {"Chinese", "CN"},
            {"Azerbaijani", "AZ"}, {"Armenian", "AM"}, {"Georgian", "GE"}, {"Kazakh", "KZ"}, {"Kazakhstani", "KZ"},
            {"Uzbek", "UZ"}, {"Kyrgyz", "KG"}, {"Tajik", "TJ"}, {"Turkmen", "TM"}, {"Moldovan", "MD"},
            {"Latvian", "LV"}, {"Lithuanian", "LT"}, {"Estonian", "EE"}, {"Polish", "PL"}, {"German", "DE"},
            {"French", "FR"}, {"Italian", "IT"}, {"Spanish", "ES"}, {"British", "GB"}, {"American", "US"},
            {"Cypriot", "CY"}, {"Greek", "GR"}, {"Turkish", "TR"}, {"Israeli", "IL"}, {"Iraqi", "IQ"},
            {"Lebanese", "LB"}, {"Afghan", "AF"}, {"Pakistani", "PK"}, {"Indian", "IN"}, {"Emirati", "AE"},
            {"Serbian", "RS"}, {"Bosnian", "BA"}, {"Swiss", "CH"}, {"Austrian", "AT"}, {"Dutch", "NL"},
            {"Belgian", "BE"}, {"Bulgarian", "BG"}, {"Romanian", "RO"}, {"Hungarian", "HU"}, {"Czech", "CZ"},
            {"Slovak", "SK"}, {"Finnish", "FI"}, {"Swedish", "SE"}, {"Norwegian", "NO"}, {"Danish", "DK"},
            {"Canadian", "CA"}, {"Venezuelan", "VE"}, {"Cuban", "CU"}, {"Nicaraguan", "NI"}, {"Libyan", "LY"},
            {"Egyptian", "EG"}, {"Sudanese", "SD"}, {"Malian", "ML"}, {"Yemeni", "YE"}, {"Saudi", "SA"},
            {"Burmese", "MM"}, {"Myanmar", "MM"}, {"Vietnamese", "VN"}, {"Japanese", "JP"}, {"Montenegrin", "ME"},
            {"Croatian", "HR"}, {"Slovenian", "SI"}, {"Irish", "IE"}, {"Portuguese", "PT"}, {"Maltese", "MT"},
            {"Mongolian", "MN"}, {"Thai", "TH"}, {"Malaysian", "MY"}, {"Indonesian", "ID"}, {"Filipino", "PH"},
            {"Somali", "SO"}, {"Eritrean", "ER"}, {"Ethiopian", "ET"}, {"Rwandan", "RW"}, {"Congolese", "CD"},
            {"Zimbabwean", "ZW"}, {"Nigerian", "NG"}, {"Tunisian", "TN"}, {"Algerian", "DZ"}, {"Moroccan", "MA"},
            {"Jordanian", "JO"}, {"Kuwaiti", "KW"}, {"Qatari", "QA"}, {"Omani", "OM"}, {"Bahraini", "BH"},
        };
        for (String[] a : adjectives) {
            BY_NAME.putIfAbsent(normalise(a[0]), a[1]);
        }
    }

    private CountryCodes() {
    }

    private static void put(String name, String code) {
        String key = normalise(name);
        if (!key.isEmpty()) {
            BY_NAME.put(key, code);
        }
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("&", " and ").replace("’", "'").replace("'", "")
                .replace("st.", "saint ");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /**
     * The ISO 3166-1 alpha-2 code for a country name, nationality adjective, alpha-2 or alpha-3 code.
     *
     * @return the upper-case code, or {@code null} when the text names no country this class knows
     */
    public static String toAlpha2(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() == 2) {
            String up = t.toUpperCase(Locale.ROOT);
            if (ISO.contains(up) || up.equals("XK")) {
                return up;
            }
        }
        String cached = CACHE.get(t);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String code = BY_NAME.get(normalise(t));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(t, code == null ? "" : code);
        }
        return code;
    }

    /**
     * All countries named in a field that may hold several ("Ukrainian, Russian", "(1) Russia (2) Belarus"):
     * the whole text is tried first, then its parts.
     */
    public static List<String> allIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String whole = toAlpha2(text);
        if (whole != null) {
            return List.of(whole);
        }
        for (String part : SPLIT.split(text)) {
            String code = toAlpha2(stripParens(part));
            if (code != null) {
                out.add(code);
            }
        }
        return new ArrayList<>(out);
    }

    /** The country at the end of a free-text address ("..., Moscow, 123308, Russia."), or {@code null}. */
    public static String fromAddress(String address) {
        if (address == null) {
            return null;
        }
        String[] parts = address.split(",");
        for (int i = parts.length - 1; i >= 0 && i >= parts.length - 3; i--) {
            String part = stripParens(parts[i]).replaceAll("[0-9.\\-]+", " ").trim();
            String code = toAlpha2(part);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String stripParens(String s) {
        return s.replaceAll("\\([^)]*\\)", " ").trim();
    }
}
