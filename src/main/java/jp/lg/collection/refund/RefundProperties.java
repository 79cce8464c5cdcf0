package jp.lg.collection.refund;

import jp.lg.collection.rules.RefundAdditionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's settings for refunds ({@code collection.refund} in application.yaml; docs/refunds.md).
 *
 * @param starts whether this node starts a refund for each new 過誤納金 on its schedule
 *               ({@code collection.refund.start-cron}, every 15 minutes by default); off, they are started by
 *               {@code POST /api/refunds/starts} or another node
 * @param waits  the months 法17の4① waits before the 還付加算金 counts, per cause; the statute's when not set
 *               (a city whose reading of "起算して1月を経過する日" differs sets them, see {@link RefundAdditionRule.Waits})
 */
@ConfigurationProperties("collection.refund")
public record RefundProperties(Boolean starts, Waits waits) {

    /** {@link RefundAdditionRule.Waits} as a city writes them. */
    public record Waits(Integer erroneousMonths, Integer incomeTaxMonths, Integer claimMonths, Integer correctionMonths) {
    }

    public RefundProperties {
        starts = starts == null || starts;
    }

    /** The months of the statute, replaced by those the city set. */
    public RefundAdditionRule.Waits additionWaits() {
        RefundAdditionRule.Waits statute = RefundAdditionRule.Waits.STATUTE;
        if (waits == null) {
            return statute;
        }
        try {
            return new RefundAdditionRule.Waits(
                    waits.erroneousMonths() == null ? statute.erroneousMonths() : waits.erroneousMonths(),
                    waits.incomeTaxMonths() == null ? statute.incomeTaxMonths() : waits.incomeTaxMonths(),
                    waits.claimMonths() == null ? statute.claimMonths() : waits.claimMonths(),
                    waits.correctionMonths() == null ? statute.correctionMonths() : waits.correctionMonths());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("collection.refund.waits." + e.getMessage());
        }
    }
}
