package jp.lg.collection.documents;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.rules.WarekiDate;

/**
 * One installment as a notice lists it: 年度・税目・期別・通知書番号・納期限 and what is owed on it.
 *
 * @param fiscalYear  賦課年度 (western year of its 1 April)
 * @param taxItem     税目 as printed
 * @param installment 期別
 * @param noticeNo    通知書番号
 * @param dueDate     納期限
 * @param principal   本税 unpaid, yen
 * @param dunningFee  督促手数料 unpaid, yen
 * @param lateCharge  延滞金 to the notice's date, yen; {@code null} when it cannot be computed yet (printed as
 *                    "納付日に計算")
 */
public record NoticeLine(int fiscalYear, String taxItem, int installment, String noticeNo, LocalDate dueDate,
        long principal, long dunningFee, Long lateCharge) {

    public static NoticeLine of(TaxBill bill, Long lateCharge) {
        return new NoticeLine(bill.fiscalYear(), bill.taxItem().label(), bill.installmentNo(), bill.noticeNo(),
                bill.dueDate(), bill.principalDue(), bill.dunningFeeDue(), lateCharge);
    }

    /** "令和8年度" — a fiscal year is named after the era year of its 1 April. */
    public String fiscalYearLabel() {
        return fiscalYearLabel(fiscalYear);
    }

    public static String fiscalYearLabel(int fiscalYear) {
        String april = WarekiDate.format(LocalDate.of(fiscalYear, 4, 1));
        return april.substring(0, april.indexOf('年')) + "年度";
    }

    /** 本税 + 督促手数料 + 延滞金 (as far as computed). */
    public long total() {
        return principal + dunningFee + (lateCharge == null ? 0 : lateCharge);
    }
}
