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
    /** How an application is treated, when a rule says (the strictest wins). */
    dev.clearance.regime.LicencePolicy policy;
    /** The authority that decides instead of the regime's own, when a rule says. */
    String authority;
    /** The exporter notifies the authority, which decides. */
    boolean notify;
    /** Options offered only under a condition this sure (CHECK); the others are confirmed. */
    final java.util.Map<String, Confidence> optionDoubts = new java.util.HashMap<>();
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

    /** Offers a licence type, as sure as {@code c}. */
    void offer(String code, Confidence c) {
        options.add(code);
        if (c != Confidence.CONFIRMED) {
            optionDoubts.put(code, c);
        }
    }

    /** How sure each option is, parallel to {@link #options}. */
    List<Confidence> optionConfidence() {
        return options.stream().map(o -> optionDoubts.getOrDefault(o, Confidence.CONFIRMED)).toList();
    }

    /** A policy applies to the application (the stricter one is kept). */
    void policy(dev.clearance.regime.LicencePolicy p) {
        policy = dev.clearance.regime.LicencePolicy.stricter(policy, p);
    }

    /** A deciding fact is only this sure. */
    void weaken(Confidence c) {
        confidence = confidence.weakest(c);
    }
}
