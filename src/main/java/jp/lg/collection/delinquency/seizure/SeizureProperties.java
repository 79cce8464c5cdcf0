package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.delinquency.AssetKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's practice for seizures ({@code collection.seizure} in application.yaml; listed in
 * docs/delinquency-design.md, "Practice values").
 *
 * @param noticePaymentDays the 債権差押通知書's 履行期限 (the day the third-party debtor pays the seized claim to the
 *                          city, 徴67), in days after the seizure: a practice — a deposit is due on demand, a
 *                          wage on each payday
 * @param landRegistry      the registry office (登記所) asked to register a seizure of real estate when the proposal
 *                          names none (徴68③): the one of the city's own land
 * @param vehicleRegistry   the transport bureau (運輸支局) asked to register a seizure of a registered vehicle when
 *                          the proposal names none (徴71③)
 */
@ConfigurationProperties("collection.seizure")
public record SeizureProperties(int noticePaymentDays, String landRegistry, String vehicleRegistry) {

    public SeizureProperties {
        landRegistry = landRegistry == null || landRegistry.isBlank() ? null : landRegistry.strip();
        vehicleRegistry = vehicleRegistry == null || vehicleRegistry.isBlank() ? null : vehicleRegistry.strip();
        if (noticePaymentDays < 1) {
            throw new IllegalArgumentException("collection.seizure.notice-payment-days: 債権差押通知書の履行期限を"
                    + "差押の日から1日以上で設定してください (" + noticePaymentDays + ")");
        }
    }

    /** The default 嘱託先 for property of this kind, or null (real estate and registered vehicles only). */
    public String registryFor(AssetKind kind) {
        return switch (kind) {
            case REAL_ESTATE -> landRegistry;
            case VEHICLE -> vehicleRegistry;
            default -> null;
        };
    }
}
