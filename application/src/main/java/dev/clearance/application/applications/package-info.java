/**
 * The licence applications workflow without HTTP: the screening gate before filing, approval, licence registration
 * and drawdown (with its four-eyes overrides), and what the steps store and answer. A gate that stops a step throws
 * {@link dev.clearance.application.applications.ScreeningRefusedException}, typed by kind with the blocks it names;
 * the server turns it into its 409.
 */
package dev.clearance.application.applications;
