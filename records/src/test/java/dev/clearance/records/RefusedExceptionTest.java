package dev.clearance.records;

import dev.clearance.records.FourEyesRefusedException.Reason;
import dev.clearance.records.FourEyesRefusedException.Subject;
import dev.clearance.records.applications.ApplicationRefusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records' refusals share one typed base: a kind callers decide by, the input at fault, an error code. */
class RefusedExceptionTest {

    @Test
    void everyRefusalOfTheRecordsIsTypedByKindAndField() {
        List<RefusedException> refusals = List.of(
                new FourEyesRefusedException(Subject.DECISION, Reason.SAME_OFFICER, "own decision"),
                new FourEyesRefusedException(Subject.OVERRIDE, Reason.SAME_OFFICER, "own request"),
                new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "validTo", "before the decision day"));
        assertThat(refusals).extracting(RefusedException::code)
                .containsExactly("same_officer", "same_officer", "bad_input");
        assertThat(refusals).extracting(RefusedException::field).containsExactly(null, null, "validTo");
        assertThat(refusals).noneMatch(RefusedException::notFound);
        assertThat(refusals.get(0).kind()).isSameAs(Reason.SAME_OFFICER);
        assertThat(refusals.get(1).kind()).isSameAs(Reason.SAME_OFFICER);
        // one refusal for both four-eyes records, telling them apart by what it was on
        assertThat(refusals.subList(0, 2)).extracting(r -> ((FourEyesRefusedException) r).subject())
                .containsExactly(Subject.DECISION, Subject.OVERRIDE);
    }

    @Test
    void notFoundIsTheKindNotTheMessage() {
        assertThat(new FourEyesRefusedException(Subject.DECISION, Reason.NOT_FOUND, "gone").notFound())
                .isTrue();
        assertThat(new FourEyesRefusedException(Subject.OVERRIDE, Reason.NOT_FOUND, "x").notFound())
                .isTrue();
        assertThat(new ApplicationRefusal(ApplicationRefusal.Kind.NOT_FOUND, null, "no application 5").notFound())
                .isTrue();
        // a message that reads like "not found" does not make one
        assertThat(new FourEyesRefusedException(Subject.OVERRIDE, Reason.ALREADY_USED, "not found anywhere")
                .notFound()).isFalse();
    }
}
