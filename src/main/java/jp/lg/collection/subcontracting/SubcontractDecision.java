package jp.lg.collection.subcontracting;

/** The manager's decision on a request, as the approval form offers it. */
public enum SubcontractDecision {
    APPROVE, REFUSE
}
