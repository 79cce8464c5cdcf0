package jp.lg.collection.delinquency.seizure;

/** Where a disposition ({@code disposition.status}) stands; the codes are {@link Disposition}'s constants. */
public enum DispositionStatus {
    PROPOSED("起案中"),
    REJECTED("却下"),
    EXECUTED("執行済"),
    /** a receivable collected from its third-party debtor (取立, 徴67) */
    COLLECTED("取立済"),
    /** property sold at auction (換価) */
    REALIZED("換価済"),
    RELEASED("解除");

    private final String label;

    DispositionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
