package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 配当の日程 — 国税徴収法131 (配当計算書の作成・発送), 132 (交付期日), applied by "滞納処分の例による".
 */
public final class DistributionSchedule {

    private DistributionSchedule() {
    }

    /**
     * The last day for sending the distribution statement to the parties: 3 days after the price or money
     * was received (徴131 "受領した日から3日以内", counted from the next day by 国税通則法10①一).
     */
    public static LocalDate statementDeadline(LocalDate paymentReceivedOn) {
        Args.notNull("paymentReceivedOn", paymentReceivedOn);
        return paymentReceivedOn.plusDays(3);
    }

    /**
     * The payout day: the day on which 7 days have passed counting from the day the statement was sent, the
     * sending day being day 1 — sent + 6 days (徴132②).
     */
    public static LocalDate payoutDate(LocalDate statementSentOn) {
        Args.notNull("statementSentOn", statementSentOn);
        return statementSentOn.plusDays(6);
    }
}
