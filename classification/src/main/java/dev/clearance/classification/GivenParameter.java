package dev.clearance.classification;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A technical parameter given for a product: {@code wavelength=13.5nm}, {@code fluorine=12%wt}. The name is a
 * quantity of {@code quantities.tsv} or any other word (then it is matched by its unit's dimension alone).
 */
public record GivenParameter(String name, double value, Unit unit, String written) {
    private static final Pattern FORM = Pattern.compile("\\s*([\\p{L}_][\\p{L}\\p{N}_ -]*?)\\s*=\\s*([-+]?(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)"
            + "(?:[eE][-+]?\\d+)?)\\s*(\\S.*?)\\s*");

    /** Reads {@code name=value+unit}; {@code field} names the place for the error (--param, parameters[2], column params). */
    public static GivenParameter parse(String text, String field) {
        if (text == null || text.length() > 200) {
            throw new ClassificationInputException(ClassificationInputException.Kind.BAD_PARAMETER, field,
                    "expected name=value+unit (e.g. wavelength=13.5nm)");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new ClassificationInputException(ClassificationInputException.Kind.BAD_PARAMETER, field,
                    ClassificationInputException.quote(text) + " is not name=value+unit (e.g. wavelength=13.5nm)");
        }
        Optional<Unit> u = Units.bundled().find(m.group(3));
        if (u.isEmpty()) {
            throw new ClassificationInputException(ClassificationInputException.Kind.UNKNOWN_UNIT, field,
                    "unit " + ClassificationInputException.quote(m.group(3)) + " is not known (e.g. nm, µm, GHz, W, bit, GSps, %wt, TPP)");
        }
        String name = m.group(1).trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return new GivenParameter(name, Double.parseDouble(m.group(2).replace(",", "")), u.get(), text.strip());
    }

    /** The quantity the name means, when {@code quantities.tsv} knows it. */
    public Optional<Quantity> quantity() {
        return Quantities.bundled().byName(name).filter(q -> q.dimension().equals(unit.dimension()));
    }

    public double base() {
        return unit.toBase(value);
    }

    /** "13.5 nm" */
    public String amount() {
        return Threshold.num(value) + " " + unit.symbol();
    }
}
