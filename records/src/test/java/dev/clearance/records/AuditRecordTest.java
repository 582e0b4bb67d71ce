package dev.clearance.records;

import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    static final AuditRecord BASE = new AuditRecord(7L, Instant.parse("2025-01-01T00:00:00.123456Z"), "alice",
            "SCREENING", "cust-1", "{\"a\":1}", "{\"b\":2}", "regime-1", List.of("L1@x", "L2@y"),
            AuditTrail.GENESIS_HASH, null);

    @Test
    void hashIsStableAndCoversEveryField() {
        String h = BASE.computeHash();
        assertThat(h).matches("[0-9a-f]{64}").isEqualTo(BASE.computeHash());
        List<UnaryOperator<AuditRecord>> edits = List.of(
                r -> new AuditRecord(8L, r.time(), r.principal(), r.action(), r.subject(), r.inputsJson(),
                        r.outputsJson(), r.regimeVersion(), r.listVersions(), r.prevHash(), null),
                r -> new AuditRecord(r.seq(), r.time().plusNanos(1000), r.principal(), r.action(), r.subject(),
                        r.inputsJson(), r.outputsJson(), r.regimeVersion(), r.listVersions(), r.prevHash(), null),
                r -> new AuditRecord(r.seq(), r.time(), "mallory", r.action(), r.subject(), r.inputsJson(),
                        r.outputsJson(), r.regimeVersion(), r.listVersions(), r.prevHash(), null),
                r -> new AuditRecord(r.seq(), r.time(), r.principal(), "DECISION", r.subject(), r.inputsJson(),
                        r.outputsJson(), r.regimeVersion(), r.listVersions(), r.prevHash(), null),
                r -> r.withSubject(null),
                r -> new AuditRecord(r.seq(), r.time(), r.principal(), r.action(), r.subject(), "{\"a\":2}",
                        r.outputsJson(), r.regimeVersion(), r.listVersions(), r.prevHash(), null),
                r -> new AuditRecord(r.seq(), r.time(), r.principal(), r.action(), r.subject(), r.inputsJson(),
                        "{\"b\":3}", r.regimeVersion(), r.listVersions(), r.prevHash(), null),
                r -> r.withRegimeVersion("regime-2"),
                r -> r.withListVersions(List.of("L1@x")),
                r -> r.withListVersions(List.of("L2@y", "L1@x")),
                r -> new AuditRecord(r.seq(), r.time(), r.principal(), r.action(), r.subject(), r.inputsJson(),
                        r.outputsJson(), r.regimeVersion(), r.listVersions(), "1".repeat(64), null));
        Set<String> seen = new java.util.HashSet<>(Set.of(h));
        for (UnaryOperator<AuditRecord> edit : edits) {
            assertThat(seen.add(edit.apply(BASE).computeHash())).isTrue();
        }
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        AuditRecord a = BASE.withSubject("ab").withRegimeVersion("c");
        AuditRecord b = BASE.withSubject("a").withRegimeVersion("bc");
        assertThat(a.computeHash()).isNotEqualTo(b.computeHash());
        assertThat(BASE.withSubject("").computeHash()).isNotEqualTo(BASE.withSubject(null).computeHash());
    }

    @Test
    void rejectsListVersionWithNewline() {
        assertThatThrownBy(() -> BASE.withListVersions(List.of("a\nb"))).isInstanceOf(IllegalArgumentException.class);
    }
}
