package dev.clearance.determination;

import java.util.ArrayList;
import java.util.List;

/** The answer being built, step by step. */
final class Outcome {
    boolean required;
    boolean prohibited;
    boolean catchAll;
    final List<String> options = new ArrayList<>();
    Integer reviewDays;
    Integer documents;
    String filingOffice;
    Confidence confidence = Confidence.CONFIRMED;
    /** The reasons a licence is required for (NS, embargo, footnote 6 ...), which licence types must overcome. */
    final java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
    /** What brings the regime's exception restrictions into play (embargo, listed party, end use). */
    final java.util.Set<dev.clearance.regime.ExceptionRestriction.When> restrictedBy =
            java.util.EnumSet.noneOf(dev.clearance.regime.ExceptionRestriction.When.class);

    Outcome(boolean required) {
        this.required = required;
    }

    /** A licence is required for {@code reason}. */
    void require(String reason) {
        required = true;
        reasons.add(reason);
    }

    /** A deciding fact is only this sure. */
    void weaken(Confidence c) {
        confidence = confidence.weakest(c);
    }
}
