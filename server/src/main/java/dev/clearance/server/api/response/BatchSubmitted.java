package dev.clearance.server.api.response;

/**
 * What a batch submission's audit record keeps: the job queued (its outputs) and the upload (its inputs).
 *
 * @param jobId  the job
 * @param status its status then
 */
public record BatchSubmitted(String jobId, String status) {
    /**
     * The upload a batch job screens.
     *
     * @param rows   its rows
     * @param sha256 its digest (of the text as UTF-8)
     */
    public record Upload(int rows, String sha256) {
    }
}
