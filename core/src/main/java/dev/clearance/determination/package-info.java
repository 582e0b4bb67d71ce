/** The licence determination engine: from an export request and a regime to an answer with its trace. */
package dev.clearance.determination;
