/** Classification: a product description, CAS numbers and parameters to ranked control-list entries, checked against the entries' thresholds. */
package dev.clearance.classification;
