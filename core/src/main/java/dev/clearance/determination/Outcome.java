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

    Outcome(boolean required) {
        this.required = required;
    }

    /** A deciding fact is only this sure. */
    void weaken(Confidence c) {
        confidence = confidence.weakest(c);
    }
}
