package dev.clearance.application.determinations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.application.wiring.Components;
import dev.clearance.application.wiring.OneListedCompany;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.request.ProductItems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order book determined without HTTP: the lines that can be determined are, a line that cannot is refused naming
 * its line and column while the others are still answered, and the book is audited once, by its digest.
 */
class OrderBookDeterminationTest {
    private static final Principal ROSA = new Principal("rosa", Role.REQUESTER);
    private static final String BOOK = String.join("\n", "id,from,to,date,item,end_user,us_content",
            "o-1,JP,KR,2019-07-10,3C002,Eastern Star Trading Company,",
            "o-2,JP,KR,2019-02-30,3C002,,",
            "o-3,JP,KR,2019-07-10,3C002,,10", "");

    private static OrderBookDetermination books(Components parts) {
        return new OrderBookDetermination(parts.decisions(), parts.engine(), parts.lists(), parts.recorder(),
                ProductItems.NONE);
    }

    @Test
    void eachLineIsAnsweredOrRefusedAndTheBookIsAuditedOnce(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "order_book")) {
            parts.lists().update("test");
            byte[] book = BOOK.getBytes(StandardCharsets.UTF_8);

            OrderBookAnswer answer = books(parts).determine(book, StandardCharsets.UTF_8, List.of(), null, ROSA);

            assertThat(answer.determinations()).extracting(OrderBookAnswer.Row::id).containsExactly("o-1", "o-3");
            assertThat(answer.rejected()).isEqualTo(1);
            assertThat(answer.problems()).singleElement().extracting(OrderBookAnswer.Problem::message)
                    .asString().contains("3", "date");
            AuditRecord audited = parts.audit().get(answer.auditSeq()).orElseThrow();
            assertThat(audited.subject()).isEqualTo("order book");
            assertThat(audited.inputsJson()).contains("\"bytes\":" + book.length);
            assertThat(audited.regimeVersion()).startsWith("JP@");
        }
    }

    @Test
    void underAForcedRegimeALineWithUsContentIsRefusedNamingTheColumn(@TempDir Path dir) throws Exception {
        try (Components parts = OneListedCompany.components(dir, "order_book_forced")) {
            parts.lists().update("test");
            OrderBookDetermination books = books(parts);

            OrderBookAnswer answer = books.determine(BOOK.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    List.of(), books.forcedRegime("jp"), ROSA);

            assertThat(answer.determinations()).as("%s", answer.problems()).extracting(OrderBookAnswer.Row::id)
                    .containsExactly("o-1");
            assertThat(answer.problems()).extracting(OrderBookAnswer.Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("us_content"));
        }
    }
}
