package jp.lg.collection.rules;

import java.util.List;

/**
 * The outcome of {@link BreachReportability#assess}.
 *
 * @param reportable whether the incident must be reported to the PPC and the persons notified
 * @param grounds    the reasons, in Japanese with the article: every ground found when reportable; the
 *                   reason for not reporting otherwise
 */
public record Reportability(boolean reportable, List<String> grounds) {

    public Reportability {
        grounds = Args.noNullElements("grounds", grounds);
    }
}
