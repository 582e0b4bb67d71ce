package dev.clearance.application.determinations;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.clearance.determination.DeterminationJson;
import java.util.List;

/**
 * The determinations of an order book, one per line determined, and the lines refused with why.
 *
 * @param determined     lines determined
 * @param rejected       lines refused
 * @param determinations each line's determination
 * @param problems       each refused line's problem
 * @param auditSeq       the audit record, or null while it is being written
 */
public record OrderBookAnswer(int determined, int rejected, List<Row> determinations, List<Problem> problems,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long auditSeq) {
    /** @return the answer naming its audit record */
    public OrderBookAnswer withAuditSeq(long seq) {
        return new OrderBookAnswer(determined, rejected, determinations, problems, seq);
    }

    /**
     * One line's determination.
     *
     * @param id           the line's id column
     * @param line         its line number in the file
     * @param answer       the determination
     * @param missingLists configured lists its end user was not screened against; left out when none
     */
    public record Row(String id, long line, @JsonUnwrapped DeterminationJson.Answer answer,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingLists) {
    }

    /**
     * A refused line.
     *
     * @param message what is wrong, naming the line and column
     */
    public record Problem(String message) {
    }

    /**
     * What an order book's audit record keeps of the upload.
     *
     * @param sha256 the file's digest
     * @param bytes  its size
     */
    public record Upload(String sha256, int bytes) {
    }
}
