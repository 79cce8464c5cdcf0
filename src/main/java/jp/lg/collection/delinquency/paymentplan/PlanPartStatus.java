package jp.lg.collection.delinquency.paymentplan;

/** Where one payment of a 分納誓約 ({@code installment_part.status}) stands. */
public enum PlanPartStatus {
    DUE("未到来"),
    PAID("納付済"),
    MISSED("不履行");

    private final String label;

    PlanPartStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
