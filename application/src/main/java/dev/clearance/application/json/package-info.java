/** JSON text of what the application stores (audit records, batch results, alert explanations). */
package dev.clearance.application.json;
