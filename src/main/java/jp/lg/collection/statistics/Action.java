package jp.lg.collection.statistics;

import jp.lg.collection.delinquency.seizure.DispositionKind;

/**
 * What the statistics count besides money: the cases opened and the steps taken against them, in the order the
 * monthly report lists them. The codes of the seizure kinds are {@link DispositionKind}'s, as in
 * {@code disposition.kind}.
 */
public enum Action {
    NEW_CASE("新規滞納案件"),
    SEIZURE(DispositionKind.SEIZURE.label()),
    JOINDER_SEIZURE(DispositionKind.JOINDER_SEIZURE.label()),
    DELIVERY_DEMAND(DispositionKind.DELIVERY_DEMAND.label()),
    AUCTION("公売"),
    SUSPENSION("執行停止"),
    WRITE_OFF("不納欠損");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The dispositions (処分) the report lists by kind: everything but the opening of a case. */
    public boolean disposition() {
        return this != NEW_CASE;
    }
}
