package jp.lg.collection.delinquency.distribution;

/** The manager's answer on the 配当計算書, as the review form offers it. */
public enum StatementDecision {
    APPROVE,
    CORRECT
}
