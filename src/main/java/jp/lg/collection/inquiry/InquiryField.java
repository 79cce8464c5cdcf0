package jp.lg.collection.inquiry;

/** What an answer to another department may contain, each only when the purpose needs it ({@link InquiryPurpose}). */
public enum InquiryField {
    /** 滞納の有無: whether any installment is unpaid after its due date. */
    DELINQUENT("滞納の有無"),
    /** 滞納額: the unpaid installments (年度・税目・期別・納期限) with principal, fee and late charge to today. */
    BALANCES("滞納額の内訳"),
    /** 氏名 as registered, to confirm whom the answer is about. */
    NAME("氏名");

    private final String label;

    InquiryField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
