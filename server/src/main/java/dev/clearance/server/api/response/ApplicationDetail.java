package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An application as the API shows it: the application, the licence its approval registered, and what it rests on
 * (its end user's and consignee's screenings at filing and approval).
 *
 * @param application the application
 * @param licence     its licence, or null
 * @param screenings  its screenings at the gate
 */
public record ApplicationDetail(@JsonUnwrapped ApplicationView application, LicenceView licence,
                                List<GateScreeningView> screenings) {
}
