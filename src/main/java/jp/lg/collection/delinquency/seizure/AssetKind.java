package jp.lg.collection.delinquency.seizure;

/** The kind of seized asset, which decides how it turns into money. */
public enum AssetKind {
    DEPOSIT("預金", true),
    WAGE("給与", true),
    INSURANCE("保険", true),
    REAL_ESTATE("不動産", false),
    VEHICLE("自動車", false),
    MOVABLE("動産", false);

    private final String label;
    private final boolean receivable;

    AssetKind(String label, boolean receivable) {
        this.label = label;
        this.receivable = receivable;
    }

    public String label() {
        return label;
    }

    /**
     * A receivable (債権) is collected from the third-party debtor (取立, 徴67); everything else must be sold
     * (換価, 徴89 ff.) by public auction.
     */
    public boolean receivable() {
        return receivable;
    }
}
