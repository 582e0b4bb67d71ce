package dev.clearance.regime;

import java.util.Map;

/**
 * How a regime controls listed items: the rule in words, and which local row or category each
 * Wassenaar category maps to.
 */
public record ListControl(String rule, Map<String, String> categories, String source) {
    public ListControl {
        categories = Map.copyOf(categories);
    }
}
