package jp.lg.collection.delinquency;

/**
 * Something the rank of a case is computed from has changed — a payment, a promise made or broken — published by
 * the phase that changed it (a Spring event, so the phases need not know who listens). The work lists recompute
 * the case's rank and its tasks' priority once the change is committed.
 */
public record CaseDataChanged(String caseId, String what) {
}
