package jp.lg.collection.refund;

/** Where a refund is paid ({@code refund.payee_kind}). */
public enum PayeeKind {
    /** The account the person gave on the 還付請求書. */
    ACCOUNT("申出の口座"),
    /**
     * The 公金受取口座 the person registered with the national registry (公的給付の支給等の迅速かつ確実な実施のための
     * 預貯金口座の登録等に関する法律), used only with his consent ({@link PublicFundsAccountRegistry}).
     */
    PUBLIC_FUNDS_ACCOUNT("公金受取口座");

    private final String label;

    PayeeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
