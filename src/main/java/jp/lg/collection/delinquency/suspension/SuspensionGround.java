package jp.lg.collection.delinquency.suspension;

/** The grounds of 執行停止 (地方税法15の7①), as the proposal form offers them, by their item of ①. */
public enum SuspensionGround {
    NO_PROPERTY(1, "財産なし", "滞納処分をすることができる財産がないとき"),
    LIVELIHOOD(2, "生活困窮", "滞納処分をすることによってその生活を著しく窮迫させるおそれがあるとき"),
    WHEREABOUTS_UNKNOWN(3, "所在・財産不明", "その所在及び滞納処分をすることができる財産がともに不明であるとき");

    private final int item;
    private final String label;
    private final String text;

    SuspensionGround(int item, String label, String text) {
        this.item = item;
        this.label = label;
        this.text = text;
    }

    /** The item (号) of 法15の7① — what the 執行停止通知書 cites. */
    public int item() {
        return item;
    }

    /** The short name in logs and on the forms. */
    public String label() {
        return label;
    }

    /** The words of the item, as the statute puts them. */
    public String text() {
        return text;
    }

    public String article() {
        return "地方税法15条の7第1項第" + item + "号";
    }

    /** 法15の7⑤: immediate extinction only when there is no property and collection is clearly impossible. */
    public boolean allowsImmediateExtinction() {
        return this == NO_PROPERTY;
    }
}
