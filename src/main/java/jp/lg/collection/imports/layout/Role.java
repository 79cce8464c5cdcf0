package jp.lg.collection.imports.layout;

/**
 * What a field means to the application. A layout names its fields as its source does (引落日, 顧客番号…) and gives
 * the few the application reads a role; every other field is read, checked against its type and left alone.
 * A role given in a header record holds for every data record of that header's group (全銀's 引落日).
 */
public enum Role {
    /** 賦課年度 of the installment the slip was printed for. */
    FISCAL_YEAR,
    /** 税目コード 01–04 (TaxItem). */
    TAX_ITEM,
    /** 通知書番号. */
    NOTICE_NO,
    /** 期別 1–12. */
    INSTALLMENT_NO,
    /** The day the money was paid (納付日, 収納日, 引落日). */
    PAID_ON,
    /** Yen paid (or, in a result file, yen the bank tried to debit). */
    AMOUNT,
    /** 振替結果コード of a 口座振替 result: 0 振替済, anything else is not money. */
    RESULT_CODE,
    /** The payer's name as the source writes it (預金者名, often half-width katakana). */
    PAYER_NAME,
    /** 支払期限 printed in a コンビニ barcode. */
    DUE_DATE,
    /** Trailer: the number of data records of the group. */
    TOTAL_COUNT,
    /** Trailer: the yen of all data records of the group. */
    TOTAL_AMOUNT,
    /** Trailer of a result file: records with result 0 (振替済件数). */
    PAID_COUNT,
    /** Trailer of a result file: yen with result 0 (振替済金額). */
    PAID_AMOUNT,
    /** Trailer of a result file: records with any other result (振替不能件数). */
    UNPAID_COUNT,
    /** Trailer of a result file: yen with any other result (振替不能金額). */
    UNPAID_AMOUNT
}
