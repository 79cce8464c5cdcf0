package jp.lg.collection.imports.layout;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxItem;

/**
 * One data record of a payment file as its layout reads it: the installment the slip or the debit was for, the day
 * and the yen, and what else the source tells (result code, payer's name, the barcode's 支払期限).
 *
 * @param lineNo     the record's number in the file (1 = the first record, the header if there is one)
 * @param recordId   the record's id after the layout's {@code recordKey}: a record imported once is not imported again
 * @param resultCode 振替結果コード of a 口座振替 result, else null
 * @param payerName  as the source wrote it, half-width katakana made full-width (NFKC); null when the layout has none
 * @param dueDate    支払期限 of a コンビニ barcode, else null
 */
public record PaymentLine(int lineNo, String recordId, int fiscalYear, TaxItem taxItem, String noticeNo,
        int installmentNo, LocalDate paidOn, long amount, String resultCode, String payerName, LocalDate dueDate) {

    /** Money: every line of a payment layout, and a result line with 振替結果コード 0 (振替済). */
    public boolean money() {
        return resultCode == null || "0".equals(resultCode);
    }
}
