package jp.lg.collection.delinquency.suspension;

/** The grounds of 執行停止 (地方税法15の7①), as the proposal form offers them. */
public enum SuspensionGround {
    /** 滞納処分をすることができる財産がないとき (①一). */
    NO_PROPERTY("財産なし", "地方税法15条の7第1項第1号"),
    /** 滞納処分をすることによってその生活を著しく窮迫させるおそれがあるとき (①二). */
    LIVELIHOOD("生活困窮", "地方税法15条の7第1項第2号"),
    /** その所在及び滞納処分をすることができる財産がともに不明であるとき (①三). */
    WHEREABOUTS_UNKNOWN("所在・財産不明", "地方税法15条の7第1項第3号");

    private final String label;
    private final String article;

    SuspensionGround(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** 法15の7⑤: immediate extinction only when there is no property and collection is clearly impossible. */
    public boolean allowsImmediateExtinction() {
        return this == NO_PROPERTY;
    }
}
