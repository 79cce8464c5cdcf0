package jp.lg.collection.reduction;

import java.util.Map;
import jp.lg.collection.bill.TaxItem;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's ordinance on 減免 ({@code collection.reduction} in application.yaml; docs/delinquency-design.md
 * "Practice values").
 *
 * @param ordinance         the ordinance the notices cite, e.g. 熊谷市税条例
 * @param ordinances        another ordinance for a tax that has its own, e.g. HEALTH_INSURANCE: 熊谷市国民健康保険税条例
 * @param daysBeforeDueDate the application deadline per tax, in days before the 納期限 (0: by the due date itself —
 *                          common for 軽自動車税; 7: "納期限前7日まで" — common for 市民税 and 固定資産税); a tax not
 *                          listed: 0
 * @param articles          the article of the ordinance for each ground, e.g. DISABILITY: 第90条 (printed when set)
 */
@ConfigurationProperties("collection.reduction")
public record ReductionProperties(String ordinance, Map<TaxItem, String> ordinances,
        Map<TaxItem, Integer> daysBeforeDueDate, Map<ReductionGround, String> articles) {

    public ReductionProperties {
        ordinance = ordinance == null || ordinance.isBlank() ? "市税条例" : ordinance.strip();
        ordinances = ordinances == null ? Map.of() : Map.copyOf(ordinances);
        daysBeforeDueDate = daysBeforeDueDate == null ? Map.of() : Map.copyOf(daysBeforeDueDate);
        daysBeforeDueDate.forEach((tax, days) -> {
            if (days == null || days < 0 || days > 60) {
                throw new IllegalArgumentException("collection.reduction.days-before-due-date." + tax
                        + ": 減免の申請期限は納期限の0〜60日前で設定してください (" + days + ")");
            }
        });
        articles = articles == null ? Map.of() : Map.copyOf(articles);
    }

    public int daysBefore(TaxItem tax) {
        return daysBeforeDueDate.getOrDefault(tax, 0);
    }

    /**
     * "熊谷市税条例第90条": the tax's ordinance with the ground's article, or the ordinance alone when the article is not
     * set (an article belongs to one ordinance: it is printed only with the default one).
     */
    public String citation(ReductionGround ground, TaxItem tax) {
        String own = ordinances.get(tax);
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        String article = articles.get(ground);
        return ordinance + (article == null || article.isBlank() ? "" : article.strip());
    }
}
