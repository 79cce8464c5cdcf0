package jp.lg.collection.delinquency.seizure;

/**
 * What the city does against an asset. A 参加差押 (徴86) or a 交付要求 (徴82) is chosen when another authority
 * already executes against the property (法331④-type duty): the city then claims from that execution
 * instead of seizing a second time.
 */
public enum DispositionKind {
    SEIZURE("差押"),
    JOINDER_SEIZURE("参加差押"),
    DELIVERY_DEMAND("交付要求");

    private final String label;

    DispositionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Claims on another authority's execution: the money comes as a distribution from it. */
    public boolean claimsOnAnotherExecution() {
        return this != SEIZURE;
    }
}
