package dev.clearance.application.applications;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.determination.ExportRequest;

/**
 * Reads the export request of an application's stored determination fields (the JSON it was filed with, dated
 * anew), by the one parser of the way in the application came: the workflow determines the route again at approval
 * and never parses a request of its own.
 */
@FunctionalInterface
public interface ExportRequestReader {
    /**
     * @param request the determination's fields ({@code from}, {@code to}, {@code item}, ..., {@code date})
     * @return the export request, with its end user screened
     */
    ExportRequest read(JsonNode request);
}
