package dev.clearance.application.products;

import dev.clearance.classification.ClassificationInputException;
import dev.clearance.classification.ClassificationRequest;
import dev.clearance.classification.GivenParameter;
import dev.clearance.records.product.Product;
import dev.clearance.records.product.ProductDraft;
import java.util.List;

/**
 * A product as a way in gives it (JSON fields or CSV columns), read once: the description, CAS numbers and
 * parameters are checked by the classifier's own check ({@link ClassificationRequest#of}), so a product the master
 * takes is one the classifier can read. Bad input is a {@link ClassificationInputException} naming the field.
 */
public final class ProductForm {
    private ProductForm() {
    }

    /**
     * @param fields what this way in calls the description, CAS and parameter fields
     * @return the draft, CAS numbers in their canonical form and parameters as written
     */
    public static ProductDraft read(String key, String description, List<String> cas, List<String> parameters,
                                    ClassificationRequest.Fields fields) {
        String d = description == null ? "" : description.strip();
        if (d.isEmpty()) {
            throw new ClassificationInputException(ClassificationInputException.Kind.EMPTY, fields.description(),
                    "a product needs its description");
        }
        ClassificationRequest req = ClassificationRequest.of(d, cas, parameters, fields);
        return new ProductDraft(key == null ? "" : key.strip(), d, req.parameters().stream()
                .map(GivenParameter::written).toList(), req.cas());
    }

    /** The classifier's request for a stored product (its fields were checked when it was saved). */
    public static ClassificationRequest request(Product p) {
        return ClassificationRequest.of(p.description(), p.cas(), p.parameters(), ClassificationRequest.Fields.JSON);
    }
}
