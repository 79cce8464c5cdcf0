package jp.lg.collection.refund;

/** Where a refund ({@code refund.status}) stands, with the word the lists print. */
public enum RefundStatus {
    /** The process has started; the 充当 is to be made. */
    ALLOCATING("充当処理中"),
    /** Wholly 充当 (法17の2): nothing left to refund. */
    ALLOCATED("充当済"),
    /** What is left waits for the account it is to be paid into. */
    AWAITING_ACCOUNT("還付先の確認待ち"),
    /** The refund waits for a manager's decision (還付の決裁). */
    AWAITING_DECISION("決裁待ち"),
    /** Approved: the 支出決定 is made, the 還付加算金 fixed to its day. */
    DECIDED("支出決定済"),
    /** Paid out. */
    PAID("還付済"),
    /** Not refunded after all (the overpayment turned out not to exist), with the reason. */
    WITHDRAWN("取りやめ");

    private final String label;

    RefundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
