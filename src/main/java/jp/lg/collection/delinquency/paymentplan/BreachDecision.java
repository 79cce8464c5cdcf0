package jp.lg.collection.delinquency.paymentplan;

/** What the collector decides when a part was not paid (the form's values and the log's labels). */
public enum BreachDecision {
    REMIND("催告に戻す"),
    INVESTIGATE("財産調査へ"),
    CONTINUE("計画を継続");

    private final String label;

    BreachDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
