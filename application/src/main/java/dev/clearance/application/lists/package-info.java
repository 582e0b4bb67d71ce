/** The restricted-party lists the server screens against: their config file, loading, versions and hot reload. */
package dev.clearance.application.lists;
