package jp.lg.collection.rules;

import java.util.List;

/**
 * 給料等の差押禁止額 — 国税徴収法76① and 国税徴収法施行令34, applied to local tax by "滞納処分の例による".
 *
 * <p>Per month, the amount that may not be seized is: income tax (一) + resident tax (二) + social insurance
 * (三) + 100,000 yen for the taxpayer and 45,000 yen for each relative living on the same income (四, 令34) +
 * 20 % of what is left after those, but not more than twice the amount of 四 (五). Pay from several payers
 * is totalled before the limit is applied (徴76②), so the living allowance is counted once.
 */
public final class WageSeizureLimit {

    /** 令34: the taxpayer's own monthly amount. */
    public static final long BASE_LIVING_ALLOWANCE = 100_000;
    /** 令34: each relative living on the same income. */
    public static final long PER_MEMBER_ALLOWANCE = 45_000;

    private WageSeizureLimit() {
    }

    /** The limit for one month's pay from one payer. */
    public static WageSeizureResult compute(MonthlyWage wage) {
        Args.notNull("wage", wage);
        long taxesAndInsurance = Math.addExact(Math.addExact(wage.incomeTax(), wage.residentTax()),
                wage.socialInsurance());
        long living = Math.addExact(BASE_LIVING_ALLOWANCE,
                Math.multiplyExact(PER_MEMBER_ALLOWANCE, (long) wage.householdMembers()));
        long rest = Math.max(0, wage.gross() - taxesAndInsurance - living);
        // 徴76①五: 20 % of the rest, truncated to the yen, capped at twice the 四 amount.
        long twentyPercent = Math.min(Math.multiplyExact(rest, 20) / 100, Math.multiplyExact(living, 2));
        long exempt = taxesAndInsurance + living + twentyPercent;
        long seizable = Math.max(0, wage.gross() - exempt);
        return new WageSeizureResult(exempt, seizable, living, twentyPercent);
    }

    /**
     * The limit for one month's pay from several payers, totalled first (徴76②).
     *
     * @throws IllegalArgumentException when the list is empty or the payers disagree on the household size
     */
    public static WageSeizureResult compute(List<MonthlyWage> payers) {
        List<MonthlyWage> list = Args.noNullElements("payers", payers);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("payers: must not be empty");
        }
        int members = list.get(0).householdMembers();
        long gross = 0;
        long incomeTax = 0;
        long residentTax = 0;
        long socialInsurance = 0;
        for (MonthlyWage wage : list) {
            if (wage.householdMembers() != members) {
                throw new IllegalArgumentException("payers: householdMembers must be the same for every payer ("
                        + members + " and " + wage.householdMembers() + ")");
            }
            gross = Math.addExact(gross, wage.gross());
            incomeTax = Math.addExact(incomeTax, wage.incomeTax());
            residentTax = Math.addExact(residentTax, wage.residentTax());
            socialInsurance = Math.addExact(socialInsurance, wage.socialInsurance());
        }
        return compute(new MonthlyWage(gross, incomeTax, residentTax, socialInsurance, members));
    }
}
