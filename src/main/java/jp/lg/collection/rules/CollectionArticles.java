package jp.lg.collection.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 税目ごとの徴収の条文 — the articles of the 地方税法 that a notice cites, one row per tax the collection division
 * handles. Each tax has its own 延滞金, 督促 and 滞納処分 articles with the same structure; citing the 市町村民税
 * articles on a 固定資産税 paper cites the wrong law.
 *
 * <table>
 *   <caption>articles per tax</caption>
 *   <tr><th>tax</th><th>延滞金</th><th>督促</th><th>差押</th><th>徴収法の例による</th></tr>
 *   <tr><td>市町村民税 (個人の道府県民税は法41①で併せて)</td><td>法326①</td><td>法329①</td><td>法331①</td><td>法331⑥</td></tr>
 *   <tr><td>固定資産税</td><td>法369①</td><td>法371① (verify)</td><td>法373①</td><td>法373⑦ (verify)</td></tr>
 *   <tr><td>軽自動車税種別割</td><td>法463の24①</td><td>法463の25①</td><td>法463の27①</td><td>法463の27⑦ (verify)</td></tr>
 *   <tr><td>国民健康保険税 (水利地益税等の例, 法706)</td><td>法723①</td><td>法726① (verify)</td><td>法728①</td><td>法728⑦</td></tr>
 * </table>
 *
 * <p>Sources: the 延滞金 and 督促 articles as ../shared/domain/statutory-rules.md lists them; the 差押 articles
 * 331・373・463の27・728 as cities publish them (e.g. 春日井市「税・料の滞納処分根拠規定」); 法728⑦ as the
 * 例による clause of 国保税 (石垣市「国民健康保険税の滞納が続いた場合」). Not confirmed against the statute text
 * (verify): 法371① for 固定資産税 (the rules file marks it), 法726① for the 国保税 督促 (the issue named 法723,
 * which the rules file gives as the 国保税 延滞金 article; 726 follows the pattern 延滞金 723 → 督促 726 →
 * 督促手数料 727 → 滞納処分 728 that 326/329/330/331 and 369/371/372/373 show), and the paragraph of the
 * 例による clause in 法373 and 法463の27.
 */
public enum CollectionArticles {

    MUNICIPAL_INHABITANT_TAX("市町村民税", "第326条第1項", "第329条第1項", "第331条第1項", "第331条第6項"),
    FIXED_ASSET_TAX("固定資産税", "第369条第1項", "第371条第1項", "第373条第1項", "第373条第7項"),
    LIGHT_VEHICLE_TAX("軽自動車税種別割", "第463条の24第1項", "第463条の25第1項", "第463条の27第1項", "第463条の27第7項"),
    NATIONAL_HEALTH_INSURANCE_TAX("国民健康保険税", "第723条第1項", "第726条第1項", "第728条第1項", "第728条第7項");

    /** The law every article of this table belongs to. */
    public static final String LAW = "地方税法";

    private final String tax;
    private final String lateCharge;
    private final String dunning;
    private final String seizure;
    private final String enforcementByExample;

    CollectionArticles(String tax, String lateCharge, String dunning, String seizure, String enforcementByExample) {
        this.tax = tax;
        this.lateCharge = lateCharge;
        this.dunning = dunning;
        this.seizure = seizure;
        this.enforcementByExample = enforcementByExample;
    }

    /** The tax as the statute names it, e.g. 固定資産税. */
    public String tax() {
        return tax;
    }

    /** 延滞金: e.g. 第326条第1項. */
    public String lateCharge() {
        return lateCharge;
    }

    /** 督促 (納期限後20日以内に督促状を発する): e.g. 第329条第1項. */
    public String dunning() {
        return dunning;
    }

    /** 差押の要件 (督促状を発した日から起算して10日を経過した日までに完納しないとき): e.g. 第331条第1項. */
    public String seizure() {
        return seizure;
    }

    /** 滞納処分は国税徴収法に規定する滞納処分の例による: e.g. 第331条第6項. */
    public String enforcementByExample() {
        return enforcementByExample;
    }

    /**
     * The citation of one article for every tax of a paper, under one law name and in the order of this
     * table: "地方税法第329条第1項", "地方税法第329条第1項及び第371条第1項", "地方税法第329条第1項、第371条第1項及び
     * 第726条第1項". Two taxes sharing an article are cited once.
     *
     * @param taxes   the taxes of the installments on the paper, at least one
     * @param article which article, e.g. {@code CollectionArticles::dunning}
     */
    public static String cite(Collection<CollectionArticles> taxes, Function<CollectionArticles, String> article) {
        Args.notNull("taxes", taxes);
        Args.notNull("article", article);
        if (taxes.isEmpty() || taxes.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("taxes: at least one tax, and no null, is needed to cite an article");
        }
        Set<CollectionArticles> ordered = EnumSet.copyOf(taxes);
        var articles = ordered.stream().map(article).distinct().toList();
        if (articles.size() == 1) {
            return LAW + articles.get(0);
        }
        String allButLast = articles.subList(0, articles.size() - 1).stream().collect(Collectors.joining("、"));
        return LAW + allButLast + "及び" + articles.get(articles.size() - 1);
    }
}
