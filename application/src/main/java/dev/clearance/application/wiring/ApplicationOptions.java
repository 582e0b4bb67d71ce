package dev.clearance.application.wiring;

import dev.clearance.application.lists.ListCatalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The application's settings, fixed when it is made.
 *
 * @param listsFile the lists file (may not exist; null for none)
 * @param fourEyes whether a false positive suppresses alerts only once a second officer confirmed it
 * @param listenerRetry how long after a list-change listener failed (re-screening) its pending changes are tried
 *     again
 * @param environment the variables the cluster settings read ({@code CLEARANCE_SERVER_ID}, {@code
 *     CLEARANCE_LEASE_SECONDS}, {@code CLEARANCE_LIST_SYNC_SECONDS})
 */
public record ApplicationOptions(Path listsFile, boolean fourEyes, Duration listenerRetry,
        Map<String, String> environment) {

    /** Copies the environment. */
    public ApplicationOptions {
        environment = Map.copyOf(environment);
        if (listenerRetry.isNegative() || listenerRetry.isZero()) {
            throw new IllegalArgumentException("listener retry interval must be positive: " + listenerRetry);
        }
    }

    /** @return options over the lists file, four eyes off, settings from the process environment */
    public static ApplicationOptions of(Path listsFile) {
        return new ApplicationOptions(listsFile, false, ListCatalogue.DEFAULT_LISTENER_RETRY, System.getenv());
    }

    /** @return a copy with four eyes on or off */
    public ApplicationOptions withFourEyes(boolean on) {
        return new ApplicationOptions(listsFile, on, listenerRetry, environment);
    }

    /** @return a copy retrying failed list-change listeners this often */
    public ApplicationOptions withListenerRetry(Duration every) {
        return new ApplicationOptions(listsFile, fourEyes, every, environment);
    }
}
