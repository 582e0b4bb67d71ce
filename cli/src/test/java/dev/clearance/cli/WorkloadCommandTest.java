package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workload} from the command line. */
class WorkloadCommandTest {
    @TempDir Path dir;

    private Path book() throws IOException {
        Path p = dir.resolve("book.csv");
        Files.writeString(p, "id,from,to,item,date,consignee\n1,KR,JP,3C002,2019-10-01,Sony\n"
                + "2,KR,JP,3C002,2019-11-01,Sony\n3,KR,JP,3C002,2019-12-01,JSR\n4,JP,US,2B001,2019-12-01,Intel\n");
        return p;
    }

    @Test
    void jsonGivesApplicationsByRouteAndOfficerDaysOnBothSides() throws IOException {
        CliRun r = CliRun.of("workload", "--orders", book().toString(), "--before", "2019-09-17", "--after",
                "2019-09-18", "--from", "KR", "--to", "JP", "--minutes-per-application", "INDIVIDUAL=240",
                "GENERAL_BULK=100", "--officers", "1", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/before/applications/COMPREHENSIVE").asLong()).isEqualTo(2);
        assertThat(j.at("/after/applications/INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(j.at("/after/officerDays").asDouble()).isEqualTo(1.5);
        assertThat(j.at("/before/officerDays").asDouble()).isEqualTo(2.0);
        assertThat(j.at("/change/applications/INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(j.at("/change/applications/COMPREHENSIVE").asLong()).isEqualTo(-2);
        assertThat(j.at("/after/backlog/capacityOfficerDaysPerMonth").asDouble()).isEqualTo(21);
        assertThat(j.at("/linesInScope").asLong()).isEqualTo(3);
        assertThat(j.at("/assumptions/minutesPerApplication/GENERAL_BULK").asInt()).isEqualTo(100);
    }

    @Test
    void textAndReport() throws IOException {
        Path report = dir.resolve("w.html");
        CliRun r = CliRun.of("workload", "--orders", book().toString(), "--before", "2019-09-17", "--after",
                "2019-09-18", "--report", report.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("INDIVIDUAL", "COMPREHENSIVE", "officer-days per month");
        assertThat(Files.readString(report)).contains("<svg");
    }

    @Test
    void badInputIsOneLineWithStatusTwo() throws IOException {
        CliRun r = CliRun.of("workload", "--orders", book().toString(), "--before", "2019-09-17", "--after",
                "2019-09-18", "--minutes-per-application", "INDIVIDUAL=lots");
        assertThat(r.status()).isEqualTo(Clearance.BAD_INPUT);
        assertThat(r.err()).contains("--minutes-per-application", "INDIVIDUAL=lots").doesNotContain("Exception");
        CliRun noDates = CliRun.of("workload", "--orders", book().toString());
        assertThat(noDates.status()).isEqualTo(Clearance.BAD_INPUT);
        assertThat(noDates.err()).contains("--before");
    }
}
