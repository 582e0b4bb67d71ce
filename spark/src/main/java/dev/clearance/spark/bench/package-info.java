/**
 * Figures for the Spark job (not tests): synthetic partner files made from the yente benchmark names,
 * and a comparison of two hit outputs. {@code spark/bench/full-screening.sh} runs them.
 */
package dev.clearance.spark.bench;
