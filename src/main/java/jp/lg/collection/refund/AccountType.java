package jp.lg.collection.refund;

/** 預金種目, with the code of the 全銀 transfer file (1 普通, 2 当座, 4 貯蓄). */
public enum AccountType {
    ORDINARY("普通", "1"),
    CURRENT("当座", "2"),
    SAVINGS("貯蓄", "4");

    private final String label;
    private final String zenginCode;

    AccountType(String label, String zenginCode) {
        this.label = label;
        this.zenginCode = zenginCode;
    }

    public String label() {
        return label;
    }

    public String zenginCode() {
        return zenginCode;
    }
}
