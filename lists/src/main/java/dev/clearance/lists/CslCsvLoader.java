package dev.clearance.lists;

import java.io.IOException;
import java.util.List;

/**
 * The US Consolidated Screening List CSV (trade.gov consolidated.csv): a header row, multi-valued
 * fields separated by {@code ;}, addresses as "street, city, state, postal code, country" and ids as
 * "type, number, country, issue date, expiry date".
 */
final class CslCsvLoader {
    private static final List<String> REQUIRED = List.of("name", "source");

    private CslCsvLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws IOException {
        ctx.forEachRow(in, REQUIRED, row -> {
            CslRecord r = new CslRecord();
            r.id = row.get("_id").isEmpty() ? row.get("id") : row.get("_id");
            r.entityNumber = row.get("entity_number");
            r.source = row.get("source");
            r.type = row.get("type");
            r.name = row.get("name");
            r.title = row.get("title");
            r.remarks = row.get("remarks");
            r.callSign = row.get("call_sign");
            r.vesselFlag = row.get("vessel_flag");
            r.licenseRequirement = row.get("license_requirement");
            r.licensePolicy = row.get("license_policy");
            r.programs.addAll(ListTexts.split(row.get("programs"), ";"));
            r.altNames.addAll(ListTexts.split(row.get("alt_names"), ";"));
            r.citizenships.addAll(ListTexts.split(row.get("citizenships"), ";"));
            r.nationalities.addAll(ListTexts.split(row.get("nationalities"), ";"));
            r.datesOfBirth.addAll(ListTexts.split(row.get("dates_of_birth"), ";"));
            for (String address : ListTexts.split(row.get("addresses"), ";")) {
                String country = CountryCodes.fromAddress(address);
                if (country != null) {
                    r.addressCountries.add(country);
                }
            }
            for (String id : ListTexts.split(row.get("ids"), ";")) {
                String[] parts = id.split(",", -1);
                if (parts.length >= 2) {
                    r.ids.add(new String[] {parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : ""});
                }
            }
            r.addTo(ctx, in.name, row.line(), "record on line " + row.line());
        });
    }
}
