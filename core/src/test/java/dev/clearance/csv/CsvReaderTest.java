package dev.clearance.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) throws IOException {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            for (CsvRecord rec = r.next(); rec != null; rec = r.next()) {
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCounted() throws IOException {
        List<CsvRecord> recs = read("\uFEFFa,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast,row\u001A");
        assertThat(recs).hasSize(3);
        assertThat(recs.get(0).fields()).containsExactly("a", "b,1", "say \"hi\"");
        assertThat(recs.get(1).fields()).containsExactly("two\nlines", "x");
        assertThat(recs.get(2).line()).isEqualTo(4);
        assertThat(recs.get(2).fields()).containsExactly("last", "row");
    }

    @Property
    void whatTheWriterWritesTheReaderReadsBack(@ForAll @Size(min = 1, max = 6) List<@Size(max = 8) String> fields)
            throws IOException {
        StringWriter w = new StringWriter();
        new CsvWriter(w).write(fields);
        List<CsvRecord> back = read(w.toString());
        assertThat(back).hasSize(1);
        assertThat(back.get(0).fields()).isEqualTo(fields);
    }
}
