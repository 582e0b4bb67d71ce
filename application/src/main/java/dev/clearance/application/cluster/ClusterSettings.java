package dev.clearance.application.cluster;

import dev.clearance.records.Database;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * This server's place among the servers sharing its database.
 *
 * @param serverId who this server is in leases ({@code CLEARANCE_SERVER_ID}, else host, process id and a random
 *     part: a restarted server is a new holder)
 * @param shared whether other servers may share the database (PostgreSQL); an H2 file database is locked by one
 *     process, so there a server is alone and takes over at start what its previous run held
 * @param lease how long a lease lasts unless renewed ({@code CLEARANCE_LEASE_SECONDS}, default 15): a dead server's
 *     work is resumed by another within about this long
 * @param syncEvery how often a server looks for list versions another server stored
 *     ({@code CLEARANCE_LIST_SYNC_SECONDS}, default 5)
 */
public record ClusterSettings(String serverId, boolean shared, Duration lease, Duration syncEvery) {

    /**
     * @param database the records database (its vendor decides {@link #shared})
     * @param env the environment
     * @return the settings
     * @throws IllegalArgumentException naming the variable with a bad value
     */
    public static ClusterSettings of(Database database, Map<String, String> env) {
        String id = env.get("CLEARANCE_SERVER_ID");
        if (id == null || id.isBlank()) {
            id = host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        } else if (id.length() > 200) {
            throw new IllegalArgumentException("CLEARANCE_SERVER_ID: at most 200 characters");
        }
        return new ClusterSettings(id.trim(), database.vendor() == Database.Vendor.POSTGRESQL,
                Duration.ofSeconds(seconds(env, "CLEARANCE_LEASE_SECONDS", 15)),
                Duration.ofSeconds(seconds(env, "CLEARANCE_LIST_SYNC_SECONDS", 5)));
    }

    /** Settings for a server alone on its database (tests, the CLI). */
    public static ClusterSettings single() {
        return new ClusterSettings("local-" + UUID.randomUUID().toString().substring(0, 8), false,
                Duration.ofSeconds(15), Duration.ofSeconds(5));
    }

    private static int seconds(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= 3600) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": a whole number of seconds from 1 to 3600, not '" + v + "'");
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "server";
        }
    }
}
