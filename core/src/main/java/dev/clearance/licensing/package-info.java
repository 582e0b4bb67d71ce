/**
 * The licensing office's terms for an application: the documents a regime asks for, its review period and how
 * that period is counted. Read from a determination and the regime data, in this one place.
 */
package dev.clearance.licensing;
