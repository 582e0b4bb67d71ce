/** Batch screening jobs that run in the background, survive a crash, and resume where they stopped. */
package dev.clearance.application.batch;
