/**
 * Screening of partner files on Apache Spark, locally ({@code local[N]}) or on a cluster: the same
 * {@link dev.clearance.matching.Screener}, the same party-row reading and the same hit rows as
 * {@code clearance screen --in}. The only package of Clearance that uses Spark.
 */
package dev.clearance.spark;
