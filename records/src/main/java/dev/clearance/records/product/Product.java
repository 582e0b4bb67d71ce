package dev.clearance.records.product;

import java.time.Instant;
import java.util.List;

/**
 * One product as stored now.
 *
 * @param key         the exporter's product number
 * @param parameters  technical parameters as written, {@code name=value+unit}
 * @param cas         CAS numbers
 * @param version     1 on creation, one more with every change
 */
public record Product(String key, String description, List<String> parameters, List<String> cas, int version,
                      Instant createdAt, String changedBy, Instant changedAt) {
    public Product {
        parameters = List.copyOf(parameters);
        cas = List.copyOf(cas);
    }
}
