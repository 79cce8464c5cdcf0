package jp.lg.collection.taxpayer;

import java.util.Objects;

/**
 * A taxpayer changed district (地区コード) or 担当者, e.g. by a 宛名 file: published (synchronously, in the
 * changing transaction) so that whoever keeps per-district access — Camunda's grants on the open cases — moves
 * it along.
 */
public record TaxpayerMoved(String addresseeNo, String fromDistrict, String toDistrict, String fromCollector,
        String toCollector) {

    public boolean districtChanged() {
        return !Objects.equals(fromDistrict, toDistrict);
    }

    public boolean collectorChanged() {
        return !Objects.equals(fromCollector, toCollector);
    }

    public boolean any() {
        return districtChanged() || collectorChanged();
    }
}
