package jp.lg.collection.delinquency.payment;

/**
 * 振替結果コード of a 全銀 口座振替 result record (全銀協規定フォーマット 預金口座振替): 0 is money, every other code a
 * debit that did not happen, with the reason the bank gives.
 */
public enum DirectDebitResult {
    DEBITED("0", "振替済"),
    INSUFFICIENT_FUNDS("1", "資金不足"),
    NO_ACCOUNT("2", "取引なし"),
    STOPPED_BY_PAYER("3", "預金者の都合による振替停止"),
    NO_AUTHORIZATION("4", "預金口座振替依頼書なし"),
    STOPPED_BY_CITY("8", "委託者の都合による振替停止"),
    OTHER("9", "その他");

    private final String code;
    private final String label;

    DirectDebitResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The result of a code; a code the format does not define reads as その他. */
    public static DirectDebitResult ofCode(String code) {
        for (DirectDebitResult r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return OTHER;
    }
}
