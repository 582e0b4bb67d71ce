package dev.clearance.records.gate;

/** A step the screening gate stands before: a blocked end user or consignee cannot pass it without an override. */
public enum GateStep {
    /** Filing a licence application. */
    FILE,
    /** Approving an application (which registers its licence). */
    APPROVE,
    /** Registering a licence held. */
    REGISTER,
    /** Drawing a licence down by a shipment. */
    DRAWDOWN
}
