package dev.clearance.records;

import dev.clearance.records.access.ApiKey;
import dev.clearance.records.access.ApiKeys;
import dev.clearance.records.access.CreatedKey;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.lists.ListVersions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

abstract class AbstractApiKeysTest extends DatabaseTest {

    @Test
    void createdKeyAuthenticatesWithItsRole() {
        ApiKeys keys = new ApiKeys(db);
        CreatedKey k = keys.create("erp-integration", Role.REQUESTER, "admin");
        assertThat(k.plaintext()).startsWith(ApiKeys.PREFIX + k.key().id() + "_");
        assertThat(keys.authenticate(k.plaintext())).contains(new Principal("erp-integration", Role.REQUESTER));
        assertThat(k.toString()).doesNotContain(k.plaintext());
    }

    @Test
    void wrongOrMalformedKeysDoNotAuthenticate() {
        ApiKeys keys = new ApiKeys(db);
        CreatedKey k = keys.create("a", Role.VIEWER, "admin");
        String p = k.plaintext();
        char last = p.charAt(p.length() - 1);
        assertThat(keys.authenticate(p.substring(0, p.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate("clr_")).isEmpty();
        assertThat(keys.authenticate("clr_" + k.key().id() + "_")).isEmpty();
        assertThat(keys.authenticate("clr_0000000000000000_" + p.substring(p.lastIndexOf('_') + 1))).isEmpty();
    }

    @Test
    void storesOnlyASaltedHash() {
        ApiKeys keys = new ApiKeys(db);
        CreatedKey a = keys.create("a", Role.OFFICER, "admin");
        String secret = a.plaintext().substring(a.plaintext().lastIndexOf('_') + 1);
        List<String> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT id, name, role, salt, key_hash, "
                        + "created_by FROM api_key")
                .map((rs, ctx) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).doesNotContain(secret).doesNotContain(a.plaintext())
                .doesNotContain(ListVersions.sha256(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // two keys never share a salt
        keys.create("b", Role.OFFICER, "admin");
        long salts = queryLong("SELECT COUNT(DISTINCT salt) FROM api_key");
        assertThat(salts).isEqualTo(2);
    }

    @Test
    void revokedKeyStopsAuthenticating() {
        ApiKeys keys = new ApiKeys(db);
        CreatedKey k = keys.create("a", Role.ADMIN, "admin");
        assertThat(keys.revoke(k.key().id())).isTrue();
        assertThat(keys.revoke(k.key().id())).isFalse();
        assertThat(keys.authenticate(k.plaintext())).isEmpty();
        assertThat(keys.get(k.key().id()).orElseThrow().active()).isFalse();
    }

    @Test
    void listsKeysWithoutSecrets() {
        ApiKeys keys = new ApiKeys(db);
        CreatedKey a = keys.create("a", Role.VIEWER, "admin");
        CreatedKey b = keys.create("b", Role.OFFICER, "admin");
        keys.revoke(a.key().id());
        List<ApiKey> list = keys.list();
        assertThat(list).extracting(ApiKey::name).containsExactlyInAnyOrder("a", "b");
        assertThat(list).filteredOn(ApiKey::active).extracting(ApiKey::id).containsExactly(b.key().id());
    }

    @Test
    void rolesAreOrdered() {
        assertThat(Role.ADMIN.allows(Role.OFFICER)).isTrue();
        assertThat(Role.OFFICER.allows(Role.OFFICER)).isTrue();
        assertThat(Role.OFFICER.allows(Role.ADMIN)).isFalse();
        assertThat(Role.REQUESTER.allows(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.allows(Role.REQUESTER)).isFalse();
    }

    @Test
    void firstAdminIsCreatedOnlyOnceEvenConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Optional<CreatedKey>> results = new ArrayList<>();
        try {
            List<Callable<Optional<CreatedKey>>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> new ApiKeys(db).ensureFirstAdmin());
            }
            for (Future<Optional<CreatedKey>> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        CreatedKey admin = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(new ApiKeys(db).authenticate(admin.plaintext())).contains(new Principal("admin", Role.ADMIN));
        assertThat(new ApiKeys(db).ensureFirstAdmin()).isEmpty();
        assertThat(new ApiKeys(db).list()).hasSize(1);
    }

    @Test
    void noFirstAdminWhenKeysExist() {
        ApiKeys keys = new ApiKeys(db);
        keys.create("someone", Role.VIEWER, "cli");
        assertThat(keys.ensureFirstAdmin()).isEmpty();
    }
}
