package jp.lg.collection.delinquency.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's practice for written reminders ({@code collection.reminder} in application.yaml; listed in
 * docs/delinquency-design.md, "Practice values").
 *
 * @param paymentDays the 催告書's designated payment deadline (指定納付期限), in days after the letter is issued: a
 *                    practice, not a statute
 */
@ConfigurationProperties("collection.reminder")
public record ReminderProperties(int paymentDays) {

    public ReminderProperties {
        if (paymentDays < 1) {
            throw new IllegalArgumentException("collection.reminder.payment-days: 催告書の指定納付期限を発送日から"
                    + "1日以上で設定してください (" + paymentDays + ")");
        }
    }
}
