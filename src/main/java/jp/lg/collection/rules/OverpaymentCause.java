package jp.lg.collection.rules;

/**
 * Why a 過誤納金 arose — the items of 地方税法17の4① that set from which day the 還付加算金 counts
 * ({@link RefundAdditionRule#firstDay}), and the 配当's 残余金, which is no 過誤納金 at all.
 *
 * <p>The numbering is that of 法17の4① after the 令和2年度 amendment (in force 2022-01-01), as the cities publish it:
 * 一 更正・決定・賦課決定 (過納), 二 更正の請求に基づく更正, 三 所得税の更正・申告に基因する減額, 四 それ以外 (誤納)
 * (verify against e-Gov 地方税法第17条の4).
 */
public enum OverpaymentCause {
    /** 過納: the tax was paid and its assessment was then reduced (更正, 決定, 賦課決定). */
    OVERPAID(1, "過納 (税額の減額更正・賦課決定)"),
    /** 過納 on the taxpayer's 更正の請求. */
    CORRECTION_REQUEST(2, "更正の請求に基づく更正"),
    /** 過納 of a tax reduced because the national income tax was corrected or declared. */
    INCOME_TAX_CORRECTION(3, "所得税の更正・申告に基因する減額"),
    /** 誤納: money paid without a debt — paid twice, more than owed, a bill already paid. */
    ERRONEOUS(4, "誤納 (二重納付・納め過ぎ)"),
    /** 配当の残余金 (国税徴収法129③): proceeds left after the debts, handed to the taxpayer; bears no 還付加算金. */
    RESIDUE(0, "配当の残余金 (国税徴収法第129条第3項)");

    private final int item;
    private final String label;

    OverpaymentCause(int item, String label) {
        this.item = item;
        this.label = label;
    }

    /** The item (号) of 法17の4①; 0 for the 残余金, which that article does not cover. */
    public int item() {
        return item;
    }

    public String label() {
        return label;
    }

    /** "地方税法第17条の4第1項第4号", or the 残余金's article. */
    public String article() {
        return item == 0 ? "国税徴収法第129条第3項" : "地方税法第17条の4第1項第" + item + "号";
    }

    /** Whether the money is a 過誤納金 (法17) to be 充当 (法17の2) and to bear a 還付加算金 (法17の4). */
    public boolean overpayment() {
        return item > 0;
    }
}
