package jp.lg.collection.rules;

/**
 * One month's pay from one payer, as 国税徴収法76① and 令34 read it.
 *
 * @param gross            給料等の支給額, yen
 * @param incomeTax        所得税 withheld (76①一)
 * @param residentTax      住民税 withheld (76①二)
 * @param socialInsurance  social-insurance premiums withheld (76①三)
 * @param householdMembers relatives living on the same income besides the taxpayer (生計を一にする親族, 76①四, 令34)
 */
public record MonthlyWage(long gross, long incomeTax, long residentTax, long socialInsurance, int householdMembers) {

    public MonthlyWage {
        Args.notNegative("gross", gross);
        Args.notNegative("incomeTax", incomeTax);
        Args.notNegative("residentTax", residentTax);
        Args.notNegative("socialInsurance", socialInsurance);
        Args.notNegative("householdMembers", householdMembers);
    }
}
