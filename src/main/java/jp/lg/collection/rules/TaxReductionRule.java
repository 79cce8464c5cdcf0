package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 減免 on application: the law lets the city reduce or exempt a tax for the persons its ordinance names
 * (「天災その他特別の事情がある場合において…減免を必要とすると認める者…に限り、当該市町村の条例の定めるところにより」):
 * 法323 (市町村民税), 法367 (固定資産税), 法463の23 (軽自動車税種別割), 法717 (国民健康保険税, as a 目的税 under 法703の4 —
 * verify). What the ordinances share, and this class encodes:
 * <ul>
 *   <li>The application must be made by a deadline the ordinance sets relative to the 納期限 — "納期限まで" (0 days
 *       before) for 軽自動車税 in many cities, "納期限前7日まで" for 市民税 and 固定資産税 in others — so the days are
 *       configuration and {@link #lastDayToApply} counts them back from the due date.</li>
 *   <li>Only tax not yet paid is reduced (a paid installment is refunded by another procedure, not reduced), and by at
 *       most what is unpaid ({@link #requireAmount}).</li>
 * </ul>
 */
public final class TaxReductionRule {

    private TaxReductionRule() {
    }

    /** The article of the 地方税法 that lets the ordinance reduce this tax, e.g. "第463条の23". */
    public static String statutoryBasis(CollectionArticles tax) {
        Args.notNull("tax", tax);
        return switch (tax) {
            case MUNICIPAL_INHABITANT_TAX -> "第323条";
            case FIXED_ASSET_TAX -> "第367条";
            case LIGHT_VEHICLE_TAX -> "第463条の23";
            case NATIONAL_HEALTH_INSURANCE_TAX -> "第717条";
        };
    }

    /**
     * The last day an application is in time: {@code daysBeforeDueDate} days before the due date (0: the due date
     * itself; 7: "納期限前7日まで", due 5/31 → 5/24).
     */
    public static LocalDate lastDayToApply(LocalDate dueDate, int daysBeforeDueDate) {
        Args.notNull("dueDate", dueDate);
        Args.notNegative("daysBeforeDueDate", daysBeforeDueDate);
        return dueDate.minusDays(daysBeforeDueDate);
    }

    /** Whether an application received on {@code receivedOn} is in time. */
    public static boolean inTime(LocalDate receivedOn, LocalDate dueDate, int daysBeforeDueDate) {
        Args.notNull("receivedOn", receivedOn);
        return !receivedOn.isAfter(lastDayToApply(dueDate, daysBeforeDueDate));
    }

    /**
     * The amount reduced: at least 1 yen, at most the unpaid principal.
     *
     * @throws IllegalArgumentException "reductionAmount: …" otherwise
     */
    public static long requireAmount(long amount, long unpaidPrincipal) {
        if (amount < 1) {
            throw new IllegalArgumentException("reductionAmount: 減免額は1円以上です (" + amount + "円)");
        }
        if (amount > unpaidPrincipal) {
            throw new IllegalArgumentException("reductionAmount: 減免額は未納の税額 " + String.format("%,d", unpaidPrincipal)
                    + "円以内です (" + String.format("%,d", amount) + "円)");
        }
        return amount;
    }
}
