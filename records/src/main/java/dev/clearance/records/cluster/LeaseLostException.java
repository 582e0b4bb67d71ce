package dev.clearance.records.cluster;

/** Work was taken over by another server: its lease lapsed before its holder renewed it. */
public final class LeaseLostException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final String work;
    private final String holder;

    /**
     * @param work what was held (e.g. {@code batch job ID})
     * @param holder who holds it now, or null
     */
    public LeaseLostException(String work, String holder) {
        super(work + " is held by " + (holder == null ? "no server" : holder) + " now");
        this.work = work;
        this.holder = holder;
    }

    /** @return what was held */
    public String work() {
        return work;
    }

    /** @return who holds it now, or null */
    public String holder() {
        return holder;
    }
}
