package dev.clearance.classification;

import java.util.List;

/** A measurable a threshold or parameter names (wavelength), its dimension, and the words texts name it by. */
public record Quantity(String name, String dimension, List<String> words) {
    public Quantity {
        words = List.copyOf(words);
    }
}
