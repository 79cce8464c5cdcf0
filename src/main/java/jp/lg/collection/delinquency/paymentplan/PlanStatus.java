package jp.lg.collection.delinquency.paymentplan;

/** Where a 分納誓約 ({@code installment_plan.status}) stands. */
public enum PlanStatus {
    ACTIVE("履行中"),
    COMPLETED("完了"),
    BREACHED("不履行");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
