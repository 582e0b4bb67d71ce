package dev.clearance.records;

import dev.clearance.records.applications.ApplicationRefusal;
import dev.clearance.records.decisions.DecisionRefusedException;
import dev.clearance.records.gate.GateOverrideRefusedException;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records' refusals share one typed base: a kind callers decide by, the input at fault, an error code. */
class RefusedExceptionTest {

    @Test
    void everyRefusalOfTheRecordsIsTypedByKindAndField() {
        List<RefusedException> refusals = List.of(
                new DecisionRefusedException(DecisionRefusedException.Reason.SAME_OFFICER, "own decision"),
                new GateOverrideRefusedException(GateOverrideRefusedException.Reason.SAME_OFFICER, "own request"),
                new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "validTo", "before the decision day"));
        assertThat(refusals).extracting(RefusedException::code)
                .containsExactly("same_officer", "same_officer", "bad_input");
        assertThat(refusals).extracting(RefusedException::field).containsExactly(null, null, "validTo");
        assertThat(refusals).noneMatch(RefusedException::notFound);
        assertThat(refusals.get(0).kind()).isSameAs(DecisionRefusedException.Reason.SAME_OFFICER);
        assertThat(refusals.get(1).kind()).isSameAs(GateOverrideRefusedException.Reason.SAME_OFFICER);
    }

    @Test
    void notFoundIsTheKindNotTheMessage() {
        assertThat(new DecisionRefusedException(DecisionRefusedException.Reason.NOT_FOUND, "gone").notFound())
                .isTrue();
        assertThat(new GateOverrideRefusedException(GateOverrideRefusedException.Reason.NOT_FOUND, "x").notFound())
                .isTrue();
        assertThat(new ApplicationRefusal(ApplicationRefusal.Kind.NOT_FOUND, null, "no application 5").notFound())
                .isTrue();
        // a message that reads like "not found" does not make one
        assertThat(new GateOverrideRefusedException(GateOverrideRefusedException.Reason.ALREADY_USED,
                "not found anywhere").notFound()).isFalse();
    }
}
