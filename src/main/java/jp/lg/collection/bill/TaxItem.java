package jp.lg.collection.bill;

import jp.lg.collection.rules.CollectionArticles;

/**
 * 税目 (科目コード) handled by the collection division, with the name printed on notices and the articles its
 * notices cite ({@link CollectionArticles}: 都市計画税 is collected with 固定資産税 and follows its articles,
 * 法702の8; 県民税 with 市民税, 法41).
 */
public enum TaxItem {
    RESIDENT("01", "市民税・県民税(普通徴収)", CollectionArticles.MUNICIPAL_INHABITANT_TAX),
    FIXED_ASSET("02", "固定資産税・都市計画税", CollectionArticles.FIXED_ASSET_TAX),
    LIGHT_VEHICLE("03", "軽自動車税(種別割)", CollectionArticles.LIGHT_VEHICLE_TAX),
    HEALTH_INSURANCE("04", "国民健康保険税", CollectionArticles.NATIONAL_HEALTH_INSURANCE_TAX);

    private final String code;
    private final String label;
    private final CollectionArticles articles;

    TaxItem(String code, String label, CollectionArticles articles) {
        this.code = code;
        this.label = label;
        this.articles = articles;
    }

    /** The 地方税法 articles of this tax's late charge, dunning and enforcement. */
    public CollectionArticles articles() {
        return articles;
    }

    /** The tax item a notice names by its label ({@link #label()}). */
    public static TaxItem ofLabel(String label) {
        for (TaxItem item : values()) {
            if (item.label.equals(label)) {
                return item;
            }
        }
        throw new IllegalArgumentException("taxItem: 税目 " + label + " は扱えません");
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
