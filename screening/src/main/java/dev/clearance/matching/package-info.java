/** Restricted-party name matching: normalisation, candidate indexing, scoring and explained screening hits. */
package dev.clearance.matching;
