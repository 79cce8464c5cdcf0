package jp.lg.collection.delinquency.writeoff;

/** The manager's answer on a write-off, as the approval form offers it. */
public enum WriteOffDecision {
    CONFIRM,
    RECHECK
}
