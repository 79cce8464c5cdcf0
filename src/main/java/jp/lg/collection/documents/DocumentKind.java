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
