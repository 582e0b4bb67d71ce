package dev.clearance.input;

import dev.clearance.text.Excerpt;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Currency codes as every way in takes them: three letters of ISO 4217, in either case. */
public final class IsoCurrency {
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private IsoCurrency() {
    }

    /**
     * @return the code in capitals
     * @throws BadRequestException naming {@code field} when it is not an ISO 4217 code
     */
    public static String code(String code, String field) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}") || !CODES.contains(upper)) {
            throw new BadRequestException(BadRequestException.Kind.INVALID, field,
                    "expected a three-letter ISO 4217 code such as USD: " + Excerpt.quote(code));
        }
        return upper;
    }
}
