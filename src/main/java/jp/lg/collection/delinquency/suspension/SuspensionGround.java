package jp.lg.collection.delinquency.suspension;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The grounds of 執行停止 (地方税法15の7①), as the proposal form offers them and the notice cites them. */
public enum SuspensionGround {
    /** 滞納処分をすることができる財産がないとき (①一). */
    NO_PROPERTY("財産なし", 1, "滞納処分をすることができる財産がないとき"),
    /**
     * 滞納処分をすることによってその生活を著しく窮迫させるおそれがあるとき (①二). Notices queued before the two enums
     * were one named it HARDSHIP.
     */
    @JsonAlias("HARDSHIP")
    LIVELIHOOD("生活困窮", 2, "滞納処分をすることによってその生活を著しく窮迫させるおそれがあるとき"),
    /** その所在及び滞納処分をすることができる財産がともに不明であるとき (①三). */
    WHEREABOUTS_UNKNOWN("所在・財産不明", 3, "その所在及び滞納処分をすることができる財産がともに不明であるとき");

    private final String label;
    private final int item;
    private final String text;

    SuspensionGround(String label, int item, String text) {
        this.label = label;
        this.item = item;
        this.text = text;
    }

    /** The short name in logs and on the forms. */
    public String label() {
        return label;
    }

    /** The item (号) of 法15の7①. */
    public int item() {
        return item;
    }

    /** The words of the statute, as the 執行停止通知書 quotes them. */
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
