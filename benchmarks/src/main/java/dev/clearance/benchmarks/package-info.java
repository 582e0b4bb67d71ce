/** JMH benchmarks: each measures Clearance against a simple alternative in the same run. */
package dev.clearance.benchmarks;
