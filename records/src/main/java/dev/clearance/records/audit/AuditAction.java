package dev.clearance.records.audit;

/** Well-known audit actions; {@link AuditRecord#action()} is a free string so callers may add their own. */
public enum AuditAction {
    /** A licence determination (classification → licence requirement). */
    DETERMINATION,
    /** A restricted-party screening of one party. */
    SCREENING,
    /** A batch screening job. */
    BATCH_SCREENING,
    /** An officer's decision on a hit other than a false positive (confirmed match, escalated). */
    DECISION,
    /** An officer marked a screening hit as a false positive. */
    HIT_REVIEWED,
    /** A second officer confirmed a false positive (four eyes). */
    DECISION_CONFIRMED,
    /** A licence was registered. */
    LICENCE_REGISTERED,
    /** A shipment was drawn down against a licence. */
    LICENCE_DRAWDOWN,
    /** A restricted-party list was loaded. */
    LIST_LOADED,
    /** A list load was refused (failed, empty or shrunken); the last good version stayed in use. */
    LIST_LOAD_REFUSED,
    /** An API key was created. */
    KEY_CREATED,
    /** An API key was revoked. */
    KEY_REVOKED,
    /** A listener of list changes (e.g. the partner master's re-screening) failed; the change stays pending. */
    LIST_CHANGE_FAILED,
    /** A list change pending after a listener's failure went through on a later try. */
    LIST_CHANGE_RECOVERED,
    /** An officer asked to let a blocked party through one step (the screening gate). */
    GATE_OVERRIDE_REQUESTED,
    /** A second officer confirmed a gate override (four eyes). */
    GATE_OVERRIDE_CONFIRMED,
    /** A product of the product master was created or changed (issue 21). */
    PRODUCT_SAVED,
    /** A classification of a product for a regime was proposed (by the classifier, an officer or an import). */
    PRODUCT_CLASSIFICATION_PROPOSED,
    /** A second officer approved a product's classification (four eyes). */
    PRODUCT_CLASSIFICATION_APPROVED,
    /** The whole product master was re-checked against a changed control list or regime data. */
    PRODUCT_RECHECK
}
