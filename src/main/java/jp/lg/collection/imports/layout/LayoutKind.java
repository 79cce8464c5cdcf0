package jp.lg.collection.imports.layout;

/** What the data records of a payment file mean to the city; decides what an import does with each line. */
public enum LayoutKind {
    /** Every data record is money received for the installment it names (a bank's 収納データ). */
    PAYMENT("収納データ"),
    /** 全銀 口座振替結果: 振替結果コード 0 is money; any other result is a failed debit with a follow-up. */
    DIRECT_DEBIT_RESULT("口座振替結果"),
    /** コンビニ収納 速報: money seen at the store, recorded provisionally, not applied. */
    CVS_PRELIMINARY("コンビニ収納 速報"),
    /** コンビニ収納 確報: confirms the 速報 (or stands alone) and is applied. */
    CVS_FINAL("コンビニ収納 確報");

    private final String label;

    LayoutKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
