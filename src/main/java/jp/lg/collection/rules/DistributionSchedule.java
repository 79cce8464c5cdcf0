package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 配当の日程 — 国税徴収法131 (配当計算書の作成・発送), 132 (交付期日), applied by "滞納処分の例による".
 */
public final class DistributionSchedule {

    /** 徴132②: "発送した日から起算して7日を経過した日". */
    public static final int PAYOUT_DAYS = 7;

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
     * The payout day (交付期日): the day on which 7 days have passed counting from the day the statement's copy
     * was sent (not the day it was prepared), the sending day being day 1 — the 7th day is sent + 6, the
     * payout day sent + 7 (徴132②; sent 4/4 → 4/11). The parties may object until then (徴133).
     */
    public static LocalDate payoutDate(LocalDate statementSentOn) {
        Args.notNull("statementSentOn", statementSentOn);
        return statementSentOn.plusDays(PAYOUT_DAYS);
    }
}
