package dev.clearance.determination;

import java.util.ArrayList;
import java.util.List;

/** The answer being built, step by step. */
final class Outcome {
    boolean required;
    boolean catchAll;
    final List<String> options = new ArrayList<>();
    Integer reviewDays;
    Integer documents;
    String filingOffice;

    Outcome(boolean required) {
        this.required = required;
    }
}
