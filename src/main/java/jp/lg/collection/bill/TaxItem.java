package jp.lg.collection.bill;

/** 税目 (科目コード) handled by the collection division, with the name printed on notices. */
public enum TaxItem {
    RESIDENT("01", "市民税・県民税(普通徴収)"),
    FIXED_ASSET("02", "固定資産税・都市計画税"),
    LIGHT_VEHICLE("03", "軽自動車税(種別割)"),
    HEALTH_INSURANCE("04", "国民健康保険税");

    private final String code;
    private final String label;

    TaxItem(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static TaxItem ofCode(String code) {
        for (TaxItem item : values()) {
            if (item.code.equals(code)) {
                return item;
            }
        }
        throw new IllegalArgumentException("taxItem: 税目コード " + code + " は扱えません (01〜04)");
    }
}
