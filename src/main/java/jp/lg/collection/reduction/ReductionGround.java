package jp.lg.collection.reduction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.lg.collection.bill.TaxItem;

/**
 * The reductions the city's ordinance allows on application (市税条例の減免), each with the taxes it applies to and
 * the documents an application must bring. The Kumagaya PIA (seed K, Ⅰ-1②) names the 軽自動車税 reduction "納税義務者
 * からの減免申請による軽自動車税額の減免" and its review "申請及び他部署から得た情報に基づき…減免の審査を行う"; the
 * reduction for persons with disabilities is the one every city has. The article of each in the city's ordinance is
 * configuration ({@link ReductionProperties#articles}): ordinances number them differently.
 */
public enum ReductionGround {
    DISABILITY("身体障害者等が使用する軽自動車等", EnumSet.of(TaxItem.LIGHT_VEHICLE), List.of(
            "身体障害者手帳・戦傷病者手帳・療育手帳又は精神障害者保健福祉手帳", "運転する者の運転免許証",
            "自動車検査証(標識交付証明書)")),
    PUBLIC_USE("公益のため直接専用する軽自動車等", EnumSet.of(TaxItem.LIGHT_VEHICLE), List.of(
            "公益のため直接専用することを明らかにする書類", "自動車検査証(標識交付証明書)")),
    PUBLIC_ASSISTANCE("生活保護法の規定による保護を受ける者", EnumSet.of(TaxItem.RESIDENT, TaxItem.FIXED_ASSET,
            TaxItem.HEALTH_INSURANCE), List.of("生活保護受給証明書")),
    DISASTER("震災、風水害、火災その他の災害による損害", EnumSet.allOf(TaxItem.class), List.of(
            "り災証明書", "損害の状況を明らかにする書類")),
    INCOME_LOSS("失業・廃業等による所得の著しい減少", EnumSet.of(TaxItem.RESIDENT, TaxItem.HEALTH_INSURANCE), List.of(
            "所得の状況を明らかにする書類(離職票・給与明細等)"));

    private final String label;
    private final Set<TaxItem> taxes;
    private final List<String> evidence;

    ReductionGround(String label, Set<TaxItem> taxes, List<String> evidence) {
        this.label = label;
        this.taxes = taxes;
        this.evidence = evidence;
    }

    public String label() {
        return label;
    }

    /** Whether the ordinance allows this reduction of that tax. */
    public boolean appliesTo(TaxItem tax) {
        return taxes.contains(tax);
    }

    /** The documents the application must bring (添付書類), as the review checks them. */
    public List<String> evidence() {
        return evidence;
    }
}
