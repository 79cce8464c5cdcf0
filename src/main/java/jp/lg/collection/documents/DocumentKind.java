package jp.lg.collection.documents;

/** What a stored document is, with the title printed on it and used for the file name. */
public enum DocumentKind {
    DUNNING_NOTICE("督促状"),
    REMINDER_LETTER("催告書"),
    SEIZURE_RECORD("差押調書"),
    SEIZURE_NOTICE("差押通知書"),
    SUSPENSION_NOTICE("滞納処分の執行停止通知書"),
    DISTRIBUTION_STATEMENT("配当計算書"),
    TAX_CERTIFICATE("納税証明書"),
    AUCTION_NOTICE("公売公告"),
    WRITE_OFF_RESOLUTION("不納欠損処分決議書"),
    /** 財産調査の照会書 (徴141, 146の2): one per inquiry, rendered when it is sent. */
    INQUIRY_LETTER("財産調査照会書"),
    /** 繰上徴収の告知 (地方税法13の2): the new due date of the installments brought forward. */
    ACCELERATED_COLLECTION_NOTICE("繰上徴収告知書"),
    /** 減免の決定 (the city's ordinance on 法323・367・463の23・717): kept with the taxpayer, or the case when there is one. */
    TAX_REDUCTION_DECISION("減免決定通知書"),
    /** 減免の申請の却下 (late, or not granted). */
    TAX_REDUCTION_REJECTION("減免申請却下通知書"),
    /** 過誤納金の充当通知書 (地方税法17の2): what a 過誤納金 paid of the taxpayer's other taxes. */
    REFUND_ALLOCATION_NOTICE("過誤納金充当通知書"),
    /** 過誤納金の還付通知書 (地方税法17, 17の4): the refund decided, with its 還付加算金 and where it is paid. */
    REFUND_NOTICE("過誤納金還付通知書"),
    /** 口座振替不能通知書: the bank could not debit an installment (全銀 振替結果コード other than 0). */
    DIRECT_DEBIT_FAILURE_NOTICE("口座振替不能通知書"),
    /** 差押書 to the taxpayer: real estate (徴68①), a registered vehicle (徴71①). */
    SEIZURE_DOCUMENT("差押書"),
    /** 嘱託書 to the registry or transport bureau: the seizure (徴68③, 71③), a joinder (徴86③), a release (徴81). */
    REGISTRATION_REQUEST("登記・登録嘱託書"),
    /** 参加差押書 to the executing authority (徴86①). */
    JOINDER_SEIZURE_DOCUMENT("参加差押書"),
    /** 参加差押通知書 to the taxpayer (徴86②). */
    JOINDER_SEIZURE_NOTICE("参加差押通知書"),
    /** 交付要求書 to the executing authority (徴82①). */
    DELIVERY_DEMAND("交付要求書"),
    /** 交付要求通知書 to the taxpayer (徴82②). */
    DELIVERY_DEMAND_NOTICE("交付要求通知書"),
    /** 差押解除通知書 (徴80) — also of a joinder or a delivery demand (徴84②, 88). */
    RELEASE_NOTICE("差押解除通知書"),
    /** 公売通知書 to the taxpayer and the interested parties (徴96①). */
    AUCTION_NOTIFICATION("公売通知書"),
    /** 売却決定通知書 to the buyer once the price is paid (徴118). */
    SALE_DECISION_NOTICE("売却決定通知書"),
    /** 徴収猶予・換価猶予の許可・不許可・延長の通知書 (法15の2の2). */
    GRACE_DECISION_NOTICE("猶予通知書"),
    /** 猶予の取消通知書 (法15の3③, 15の6の3②). */
    GRACE_REVOCATION_NOTICE("猶予取消通知書"),
    /** 滞納処分の執行停止の取消通知書 (法15の8②). */
    SUSPENSION_REVOCATION_NOTICE("滞納処分の執行停止取消通知書"),
    /** 再委託承認書: kept with the subcontract register row, not in {@code document} (no taxpayer addressee). */
    SUBCONTRACT_APPROVAL("再委託承認書");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
