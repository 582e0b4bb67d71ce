package dev.clearance.application.lists;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs list loads one at a time across every server sharing the database, so a list change is fetched and stored
 * once: the server holding the guard loads, the others take the stored version into use
 * ({@link ListCatalogue#adoptStored()}). A server alone on its database needs none ({@link #ALONE}).
 */
public interface LoadGuard {
    /** No guard: the server is alone on its database. */
    LoadGuard ALONE = new LoadGuard() {
        @Override
        public <T> T exclusively(Supplier<T> load) {
            return load.get();
        }

        @Override
        public Optional<Instant> lastDone() {
            return Optional.empty();
        }
    };

    /**
     * Runs a load while no other server loads.
     *
     * @throws ListsBusyException when another server kept loading for too long
     */
    <T> T exclusively(Supplier<T> load);

    /** @return when any server last finished a load, if known (the schedule counts from it) */
    Optional<Instant> lastDone();

    /** Another server is loading the lists and did not finish in time. */
    final class ListsBusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String holder;

        /** @param holder the server loading, if known */
        public ListsBusyException(String holder) {
            super("another server (" + (holder == null ? "unknown" : holder) + ") is loading the lists; try again "
                    + "when it is done");
            this.holder = holder;
        }

        /** @return the server loading, or null */
        public String holder() {
            return holder;
        }
    }
}
