package jp.lg.collection.delinquency.investigation;

/** Kinds of property an answer may report, as found_asset.asset_kind stores them. */
public enum AssetKind {
    DEPOSIT("預貯金", true),
    WAGE("給与", true),
    INSURANCE("生命保険等", true),
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
     * A receivable (債権) is seized by serving notice on its third-party debtor (徴62), so it must name one;
     * real estate, vehicles and movables are seized from the taxpayer directly.
     */
    public boolean receivable() {
        return receivable;
    }
}
