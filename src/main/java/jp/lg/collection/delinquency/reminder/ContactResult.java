package jp.lg.collection.delinquency.reminder;

/** The outcome of a phone reminder, as the form offers it (values) and the log prints it (labels). */
public enum ContactResult {
    NO_ANSWER("不在・応答なし"),
    REFUSED("納付拒否"),
    PROMISE("納付約束"),
    PLEDGE("分納の申出"),
    INVESTIGATE("財産調査へ");

    private final String label;

    ContactResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An acknowledgement of the debt renews the limitation period (民法152 via 法18③). */
    public boolean acknowledgesDebt() {
        return this == PROMISE || this == PLEDGE;
    }
}
