package jp.lg.collection.delinquency;

/**
 * What a 交渉経過 entry records, with the wording the case file prints. The names are stored (negotiation_log.action):
 * INSTALLMENT_PLEDGE and INSTALLMENT_MISSED are of a 分納 (PaymentPlan) and keep the name they were stored with.
 */
public enum NegotiationAction {
    CASE_OPENED("滞納案件登録"),
    BILL_JOINED("滞納期別追加"),
    DUNNING_NOTICE("督促状発送"),
    REMINDER_LETTER("催告書発送"),
    PHONE_CALL("電話催告"),
    VISIT("臨戸"),
    PAYMENT_PROMISE("納付約束"),
    PROMISE_CHECKED("納付約束の確認"),
    INSTALLMENT_PLEDGE("分納誓約"),
    INSTALLMENT_MISSED("分納不履行"),
    PROPERTY_INQUIRY("財産調査照会"),
    INQUIRY_ANSWER("照会回答"),
    INVESTIGATION_DECIDED("財産調査の結果判断"),
    SEIZURE_PROPOSED("差押起案"),
    SEIZURE_DECIDED("差押決裁"),
    SEIZURE_EXECUTED("差押執行"),
    SEIZURE_RELEASED("差押解除"),
    DELIVERY_DEMAND("交付要求"),
    AUCTION("公売"),
    DISTRIBUTION("配当・充当"),
    PAYMENT("納付"),
    REFUND("過誤納金の還付・充当"),
    DIRECT_DEBIT_FAILED("口座振替不能"),
    LATE_CHARGE_FIXED("延滞金確定"),
    GRACE("猶予"),
    SUSPENSION("執行停止"),
    WRITE_OFF("不納欠損"),
    SUCCESSION("納税義務承継"),
    ACCELERATED_COLLECTION("繰上徴収"),
    TAX_REDUCTION("減免"),
    BULK_REMINDER("一括催告"),
    TASK_OVERDUE("期限超過"),
    CASE_CLOSED("案件終了");

    private final String label;

    NegotiationAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
