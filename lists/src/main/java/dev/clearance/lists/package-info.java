/** Restricted-party lists: the entries they hold and loaders for their published formats. */
package dev.clearance.lists;
