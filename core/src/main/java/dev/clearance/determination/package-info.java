/**
 * The licence determination engine: from an export request and a regime to an answer with its trace. The
 * answer says what kind it is: no licence, licence required (with the options, each as sure as its
 * conditions, and the policy an application meets), another authority decides, or prohibited (the sanctions
 * layer, {@code SanctionsEvaluation}, reading each regime's sanctions measures).
 */
package dev.clearance.determination;
