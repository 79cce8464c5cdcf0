package jp.lg.collection.delinquency;

/**
 * A kind of property, as an investigation finds it (found_asset) and a seizure takes it (disposition). The
 * kind decides the road: a receivable is seized by notice to its third-party debtor (徴62) and collected
 * from it (取立, 徴67); anything else is seized from the taxpayer and sold (換価, 徴89 ff.).
 */
public enum AssetKind {
    DEPOSIT("預貯金", true),
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
     * 不動産等 (徴113①): real estate and registered vehicles (ships and aircraft too), whose sale is decided on
     * the day on which 7 days have passed counting from the auction day, and whose estimate is published by 3
     * days before it (徴99). A vehicle is recorded here as registered (登録自動車); a light vehicle (軽自動車),
     * which is not registered, is a movable and is recorded as MOVABLE.
     */
    public boolean realPropertyEtc() {
        return this == REAL_ESTATE || this == VEHICLE;
    }

    /** 債権: it has a third-party debtor, is collected from it, and is never auctioned. */
    public boolean receivable() {
        return receivable;
    }
}
