package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Applications: a requester's own, or the officers' queue as of a day.
 *
 * @param asOf         the day the queue is read on; left out of a requester's list
 * @param applications the applications
 */
public record ApplicationList(@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
                              List<ApplicationView> applications) {
}
