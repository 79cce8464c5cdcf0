package jp.lg.collection.delinquency.writeoff;

/** Why a bill's collection right was extinguished: the reason code of the 不納欠損 ledger. */
public enum ExtinctionReason {
    /** 時効: 5 years from the day after the statutory due date, no invocation needed (法18①). */
    LIMITATION("時効", "地方税法18条1項"),
    /** 執行停止が3年継続 (法15の7④). */
    SUSPENSION_3Y("執行停止3年経過", "地方税法15条の7第4項"),
    /** 財産なし・徴収不能が明らかで即時消滅 (法15の7⑤). */
    IMMEDIATE("執行停止・即時消滅", "地方税法15条の7第5項");

    private final String label;
    private final String article;

    ExtinctionReason(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
