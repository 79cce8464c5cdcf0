package jp.lg.collection.subcontracting;

/** The outcome of an on-site inspection (実地検査), as the inspection form offers it. */
public enum InspectionResult {
    COMPLIANT("適正"),
    ISSUES("要改善"),
    /** 番号法10①: re-entrusting without the city's permission — a breach case is opened at once. */
    UNAPPROVED_SUBCONTRACT("無許可の再委託を発見");

    private final String label;

    InspectionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
