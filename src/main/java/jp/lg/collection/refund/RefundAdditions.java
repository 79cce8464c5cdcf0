package jp.lg.collection.refund;

import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.rules.RefundAdditionRule;
import org.springframework.stereotype.Component;

/** The 還付加算金 rule over the loaded yearly rates ({@code late_charge_rate}) and the city's waits. */
@Component
public class RefundAdditions {

    private final LateChargeRates rates;
    private final RefundProperties properties;

    public RefundAdditions(LateChargeRates rates, RefundProperties properties) {
        this.rates = rates;
        this.properties = properties;
    }

    public RefundAdditionRule rule() {
        return new RefundAdditionRule(rates.table(), properties.additionWaits());
    }
}
