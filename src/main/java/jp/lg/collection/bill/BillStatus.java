package jp.lg.collection.bill;

/** Where an installment ({@code tax_bill.status}) stands, with the word the case file prints. */
public enum BillStatus {
    OPEN("未納"),
    PAID("完納"),
    /** 消滅時効の完成 or 執行停止による即時消滅 (法15の7⑤, 法18). */
    EXTINGUISHED("消滅"),
    /** 減免 of the whole principal (the city's ordinance on application): nothing was owed after it. */
    EXEMPTED("全額減免"),
    WRITTEN_OFF("不納欠損");

    private final String label;

    BillStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
