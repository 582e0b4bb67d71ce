package dev.clearance.records.applications;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in an application's history.
 *
 * @param at    when it was recorded
 * @param on    the day it took effect
 * @param actor who took it
 * @param from  the state before (null for the filing)
 * @param to    the state after
 * @param note  the information asked for, the reasons, the override, or null
 */
public record ApplicationEvent(Instant at, LocalDate on, String actor, ApplicationState from, ApplicationState to,
                               String note) {
}
