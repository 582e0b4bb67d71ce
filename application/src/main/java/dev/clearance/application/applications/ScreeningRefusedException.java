package dev.clearance.application.applications;

import dev.clearance.records.RefusedException;

/**
 * The screening gate stopped a step, typed: its kind, the field naming the first party stopped ({@code endUser},
 * {@code consignee}, {@code consignees[0]}), and the blocks left standing, each with its party, its decision or
 * alert and its list entry ({@link #refusal()}); or the override that could not be used ({@link #override()}).
 * The server answers 409 with the kind as its code and these details.
 */
public final class ScreeningRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** Why the gate stopped the step. */
    public enum Kind {
        /** A party is blocked (confirmed match, open alert, hit without a standing false positive). */
        SCREENING_BLOCKED,
        /** The only blocks left are configured lists not loaded: the parties were not screened against them. */
        SCREENING_INCOMPLETE,
        /** An override was asked for a party nothing blocks. */
        NOT_BLOCKED
    }

    private final transient GateRefusal refusal;
    private final transient OverrideRefusal override;
    private final transient GateResultView screening;

    private ScreeningRefusedException(Kind kind, String field, String message, GateRefusal refusal,
            OverrideRefusal override, GateResultView screening) {
        super(kind, field, message);
        this.refusal = refusal;
        this.override = override;
        this.screening = screening;
    }

    /**
     * @param kind    blocked or incomplete
     * @param field   the field naming the first party stopped
     * @param message one line for people: each block and what to do
     * @param refusal the step, the blocks left and the problems of the overrides given
     * @return the refusal
     */
    static ScreeningRefusedException blocked(Kind kind, String field, String message, GateRefusal refusal) {
        return new ScreeningRefusedException(kind, field, message, refusal, null, null);
    }

    /** @return a refusal of an override that could not be used when the step was stored */
    static ScreeningRefusedException overrideUnusable(String message, long overrideId) {
        return new ScreeningRefusedException(Kind.SCREENING_BLOCKED, "screeningOverrides", message, null,
                new OverrideRefusal(overrideId), null);
    }

    /** @return a refusal of an override for a party nothing blocks, with its screening */
    static ScreeningRefusedException notBlocked(String field, String message, GateResultView screening) {
        return new ScreeningRefusedException(Kind.NOT_BLOCKED, field, message, null, null, screening);
    }

    @Override
    public Kind kind() {
        return (Kind) super.kind();
    }

    @Override
    public boolean notFound() {
        return false;
    }

    /** @return the blocks left standing, or null for an override refusal */
    public GateRefusal refusal() {
        return refusal;
    }

    /** @return the override that could not be used, or null */
    public OverrideRefusal override() {
        return override;
    }

    /** @return the screening that found nothing to override, or null */
    public GateResultView screening() {
        return screening;
    }

    /** @return what the answer details: the blocks, the override or the screening, whichever this carries */
    public Object details() {
        return refusal != null ? refusal : override != null ? override : screening;
    }
}
