package jp.lg.collection.delinquency;

/** Where a 滞納案件 ({@code delinquency_case.status}) stands. */
public enum CaseStatus {
    OPEN("処理中"),
    CLOSED("終了");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
