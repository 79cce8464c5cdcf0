package jp.lg.collection.delinquency.seizure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's practice for seizures ({@code collection.seizure} in application.yaml; listed in
 * docs/delinquency-design.md, "Practice values").
 *
 * @param noticePaymentDays the 債権差押通知書's 履行期限 (the day the third-party debtor pays the seized claim to the
 *                          city, 徴67), in days after the seizure: a practice — a deposit is due on demand, a
 *                          wage on each payday
 */
@ConfigurationProperties("collection.seizure")
public record SeizureProperties(int noticePaymentDays) {

    public SeizureProperties {
        if (noticePaymentDays < 1) {
            throw new IllegalArgumentException("collection.seizure.notice-payment-days: 債権差押通知書の履行期限を"
                    + "差押の日から1日以上で設定してください (" + noticePaymentDays + ")");
        }
    }
}
