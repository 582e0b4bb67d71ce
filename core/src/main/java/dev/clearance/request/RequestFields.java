package dev.clearance.request;

/**
 * What each way in calls the fields of an export request, so a refusal names the field as the user wrote it.
 * The CLI's names are its options without the leading dashes (its error handler adds them); its
 * {@code --value AMOUNT CURRENCY} option carries both the value and its currency.
 */
public record RequestFields(String from, String to, String item, String cas, String hs, String date, String endUse,
                            String informed, String value, String currency, String region, String headquarters) {
    /** {@code clearance determine} options. */
    public static final RequestFields CLI = new RequestFields("from", "to", "item", "cas", "hs", "date", "end-use",
            "informed", "value", "value", "region", "headquarters");
    /** The JSON body of {@code POST /api/determinations} and {@code POST /api/applications}. */
    public static final RequestFields JSON = new RequestFields("from", "to", "item", "cas", "hs", "date", "endUse",
            "informed", "value", "currency", "region", "headquarters");
    /** The columns of an order book. */
    public static final RequestFields CSV = new RequestFields("from", "to", "item", "cas", "hs", "date", "end_use",
            "informed", "value", "currency", "region", "headquarters");
}
