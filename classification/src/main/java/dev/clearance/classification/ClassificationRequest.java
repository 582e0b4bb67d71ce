package dev.clearance.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * What is to be classified: a description (English, Japanese or Korean), CAS numbers and technical parameters. The
 * one place every way in (CLI, batch CSV, HTTP) builds it from text: {@link #of} checks each field and names it.
 */
public record ClassificationRequest(String description, List<String> cas, List<GivenParameter> parameters) {
    /** The longest description read: work per request stays bounded. */
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ITEMS = 20;

    public ClassificationRequest {
        description = description == null ? "" : description.strip();
        cas = List.copyOf(cas);
        parameters = List.copyOf(parameters);
    }

    /**
     * Checks and reads the fields as given; {@code fields} names them for errors (e.g. "description", "cas",
     * "param" on the command line; column names in a CSV).
     */
    public static ClassificationRequest of(String description, List<String> cas, List<String> parameters, Fields fields) {
        String d = description == null ? "" : description.strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw new ClassificationInputException(ClassificationInputException.Kind.TOO_LONG, fields.description(),
                    "longer than " + MAX_DESCRIPTION + " characters");
        }
        if (cas.size() > MAX_ITEMS || parameters.size() > MAX_ITEMS) {
            throw new ClassificationInputException(ClassificationInputException.Kind.TOO_LONG,
                    cas.size() > MAX_ITEMS ? fields.cas() : fields.parameters(), "more than " + MAX_ITEMS + " values");
        }
        List<String> c = new ArrayList<>();
        for (String s : cas) {
            if (s == null || s.isBlank()) {
                continue;
            }
            c.add(CasNumber.parse(s).orElseThrow(() -> new ClassificationInputException(
                    ClassificationInputException.Kind.BAD_CAS, fields.cas(), ClassificationInputException.quote(s)
                            + " is not a CAS number with a valid check digit (e.g. 7664-39-3)")));
        }
        List<GivenParameter> p = new ArrayList<>();
        for (String s : parameters) {
            if (s != null && !s.isBlank()) {
                p.add(GivenParameter.parse(s, fields.parameters()));
            }
        }
        if (d.isEmpty() && c.isEmpty()) {
            throw new ClassificationInputException(ClassificationInputException.Kind.EMPTY, fields.description(),
                    "give a description or a CAS number");
        }
        return new ClassificationRequest(d, c, p);
    }

    /** The names of the fields as the way in calls them. */
    public record Fields(String description, String cas, String parameters) {
        public static final Fields CLI = new Fields("description", "--cas", "--param");
        public static final Fields JSON = new Fields("description", "cas", "parameters");
    }
}
