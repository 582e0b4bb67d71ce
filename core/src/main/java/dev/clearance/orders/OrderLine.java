package dev.clearance.orders;

import dev.clearance.determination.ExportRequest;
import java.util.List;

/**
 * One line of an order book.
 *
 * @param id      the order line's id as given
 * @param line    the line of the file it came from
 * @param fields  all input fields as written, in header order (extra columns kept)
 * @param request what it asks, ready for the engine
 * @param endUser the end user's name as given, or null (screened by the caller)
 * @param usContent controlled US content in percent (column {@code us_content}), or null
 */
public record OrderLine(String id, long line, List<String> fields, ExportRequest request, String endUser,
                        java.math.BigDecimal usContent) {
    public OrderLine {
        fields = List.copyOf(fields);
    }

    /** A line without US content. */
    public OrderLine(String id, long line, List<String> fields, ExportRequest request, String endUser) {
        this(id, line, fields, request, endUser, null);
    }
}
