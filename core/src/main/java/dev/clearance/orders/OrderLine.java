package dev.clearance.orders;

import dev.clearance.determination.ExportRequest;
import dev.clearance.request.ProductRequest;
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
 * @param product   how the line named its good: a product's approved classification cites the product record
 *                  ({@link ProductRequest#cite}); null for a line built without one
 */
public record OrderLine(String id, long line, List<String> fields, ExportRequest request, String endUser,
                        java.math.BigDecimal usContent, ProductRequest product) {
    public OrderLine {
        fields = List.copyOf(fields);
    }

    /** A line naming its item. */
    public OrderLine(String id, long line, List<String> fields, ExportRequest request, String endUser,
                     java.math.BigDecimal usContent) {
        this(id, line, fields, request, endUser, usContent, null);
    }

    /** The answer for this line, citing the product record when the line named a product. */
    public dev.clearance.determination.DeMinimis.Answer cite(dev.clearance.determination.DeMinimis.Answer a) {
        return product == null ? a : product.cite(a);
    }

    /** The answer for this line, citing the product record when the line named a product. */
    public dev.clearance.determination.Determination cite(dev.clearance.determination.Determination d) {
        return product == null ? d : product.cite(d);
    }

    /** A line without US content. */
    public OrderLine(String id, long line, List<String> fields, ExportRequest request, String endUser) {
        this(id, line, fields, request, endUser, null);
    }
}
