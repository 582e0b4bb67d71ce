/**
 * The one place the application's parts are made and joined over a database: the records, the list catalogue with
 * its change listeners, re-screening, batch runs and the cluster leases. The server and the CLI take the parts they
 * need from here; nothing here knows HTTP.
 */
package dev.clearance.application.wiring;
