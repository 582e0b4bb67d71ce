package dev.clearance.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One record of the US Consolidated Screening List, whichever file it came from (CSV or JSON), and how
 * it becomes a {@link ListEntry}: id from {@code entity_number} (OFAC's ent_num) else {@code _id}/{@code id},
 * list from {@code source}.
 */
final class CslRecord {
    String id = "";
    String entityNumber = "";
    String source = "";
    String type = "";
    String name = "";
    String title = "";
    String remarks = "";
    String callSign = "";
    String vesselFlag = "";
    String licenseRequirement = "";
    String licensePolicy = "";
    final List<String> programs = new ArrayList<>();
    final List<String> altNames = new ArrayList<>();
    final List<String> citizenships = new ArrayList<>();
    final List<String> nationalities = new ArrayList<>();
    final List<String> datesOfBirth = new ArrayList<>();
    final List<String> addressCountries = new ArrayList<>();
    /** type, number, country. */
    final List<String[]> ids = new ArrayList<>();

    static final String DEFAULT_LIST = "US Consolidated Screening List";

    /** Adds the entry, or a problem naming the record when it lacks an id or a name. */
    void addTo(LoadContext ctx, String file, long line, String what) {
        String nativeId = !entityNumber.isBlank() ? entityNumber.strip() : id.strip();
        if (nativeId.isEmpty()) {
            ctx.problem(file, line, what + " has neither entity_number nor _id: skipped");
            return;
        }
        if (name.isBlank()) {
            ctx.problem(file, line, what + " (" + nativeId + ") has no name: skipped");
            return;
        }
        EntityType t = switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "individual", "person" -> EntityType.PERSON;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.ORGANIZATION;
        };
        String list = source.isBlank() ? DEFAULT_LIST : source.strip();
        EntryBuilder b = new EntryBuilder("csl", nativeId, list).type(t);
        b.name(OfacCsvLoader.personName(name.strip(), t), ListEntry.Name.Kind.PRIMARY);
        for (String alt : altNames) {
            b.name(OfacCsvLoader.personName(alt.strip(), t), ListEntry.Name.Kind.ALIAS);
        }
        for (String c : citizenships) {
            b.countries(c);
        }
        for (String c : nationalities) {
            b.countries(c);
        }
        for (String c : addressCountries) {
            b.country(c);
        }
        b.country(vesselFlag);
        for (String d : datesOfBirth) {
            b.birthDates(d);
        }
        for (String[] i : ids) {
            if (i[0].equalsIgnoreCase("Nationality of Registration")) {
                b.country(i[1]);
                continue;
            }
            String scheme = IdSchemes.forLabel(i[0]);
            if (scheme != null) {
                b.identifier(scheme, IdSchemes.value(scheme, i[1]));
            }
        }
        b.identifier(IdSchemes.CALL_SIGN, callSign);
        for (String p : programs) {
            b.programme(p);
        }
        OfacRemarks.apply(remarks, b);
        if (!title.isBlank()) {
            b.remark("Title: " + title);
        }
        b.remark(remarks);
        if (!licenseRequirement.isBlank()) {
            b.remark("License requirement: " + licenseRequirement);
        }
        if (!licensePolicy.isBlank()) {
            b.remark("License policy: " + licensePolicy);
        }
        ctx.add(b.build());
    }
}
