package jp.lg.collection.delinquency.investigation;

/** Who a 調査照会 goes to (the form's checklist values, the log's labels). */
public enum TargetKind {
    BANK("金融機関"),
    EMPLOYER("勤務先"),
    LAND_REGISTRY("法務局(不動産)"),
    VEHICLE_REGISTRY("運輸支局(自動車)"),
    INSURER("保険会社");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
