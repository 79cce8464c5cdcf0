package jp.lg.collection.delinquency.investigation;

/** Where the case goes after the investigation; the value leaves as {@code investigationOutcome}. */
public enum InvestigationDecision {
    SEIZE("差押へ"),
    SUSPEND("執行停止へ"),
    REMIND("催告に戻す");

    private final String label;

    InvestigationDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
