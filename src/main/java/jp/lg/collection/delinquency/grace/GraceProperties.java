package jp.lg.collection.delinquency.grace;

import jp.lg.collection.rules.GraceSecurity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's ordinance on graces ({@code collection.grace} in application.yaml; docs/delinquency-design.md,
 * "Practice values"): the cases in which no security (担保) is taken (地方税法16①ただし書, {@link GraceSecurity}).
 *
 * @param securityExemptAmount 猶予に係る金額 at or below which no security is needed, yen (default 1,000,000)
 * @param securityExemptMonths a grace of at most this many months needs no security (default 3)
 */
@ConfigurationProperties("collection.grace")
public record GraceProperties(Long securityExemptAmount, Integer securityExemptMonths) {

    public GraceProperties {
        securityExemptAmount = securityExemptAmount == null ? GraceSecurity.DEFAULT_EXEMPT_AMOUNT : securityExemptAmount;
        securityExemptMonths = securityExemptMonths == null ? GraceSecurity.DEFAULT_EXEMPT_MONTHS : securityExemptMonths;
        if (securityExemptAmount < 0 || securityExemptMonths < 0 || securityExemptMonths > 24) {
            throw new IllegalArgumentException("collection.grace: 担保を徴さない金額は0円以上、期間は0〜24月で設定してください ("
                    + securityExemptAmount + "円、" + securityExemptMonths + "月)");
        }
    }
}
