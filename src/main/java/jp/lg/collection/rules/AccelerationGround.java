package jp.lg.collection.rules;

/**
 * The facts on which the due date of a tax already determined may be brought forward (繰上徴収) — 地方税法13条の2第1項
 * 各号, which follows 国税通則法38条1項 item for item. Each ground carries its item number, printed on the
 * 繰上徴収告知書 ("第13条の2第1項第1号").
 *
 * <p>Item 1's 強制換価手続 are 滞納処分, 強制執行, 担保権の実行としての競売, 企業担保権の実行手続 and 破産手続 (法1①十四 —
 * the definition of 通則法2十 likewise): a bankruptcy is item 1, listed apart because it is the ground a collector
 * meets most often. The wording of each item is the statute's, shortened; confirm it against the text of 法13の2 in
 * force (verify: the rules file names the article, not its items).
 */
public enum AccelerationGround {
    FORCED_SALE(1, "財産につき強制換価手続が開始されたこと",
            "財産につき強制換価手続(滞納処分、強制執行、担保権の実行としての競売等)が開始されたとき"),
    BANKRUPTCY(1, "破産手続開始の決定があったこと",
            "財産につき強制換価手続(破産手続)が開始されたとき"),
    QUALIFIED_ACCEPTANCE(2, "相続人が限定承認をしたこと",
            "納税者が死亡した場合において、その相続人が限定承認をしたとき"),
    DISSOLUTION(3, "法人が解散したこと", "法人である納税者が解散したとき"),
    TRUST_TERMINATED(4, "信託が終了したこと",
            "その納める義務が信託財産責任負担債務である地方団体の徴収金に係る信託が終了したとき"),
    LEAVING_WITHOUT_MANAGER(5, "納税管理人を定めないで住所等を有しないこととなること",
            "納税者が納税管理人を定めないでこの法律の施行地に住所、居所、事務所又は事業所を有しないこととなるとき"),
    FRAUD(6, "偽りその他不正の行為・滞納処分の執行を免れようとしたこと",
            "納税者が偽りその他不正の行為により地方団体の徴収金を免れ、若しくは免れようとし、若しくはその還付を受け、"
                    + "若しくは受けようとしたと認められるとき、又は滞納処分の執行を免れ、若しくは免れようとしたと認められるとき");

    /** The law and article every ground belongs to. */
    public static final String ARTICLE = "地方税法第13条の2第1項";

    private final int item;
    private final String label;
    private final String text;

    AccelerationGround(int item, String label, String text) {
        this.item = item;
        this.label = label;
        this.text = text;
    }

    /** The item (号) of 法13の2①: 1 to 6. */
    public int item() {
        return item;
    }

    /** What a list shows: 破産手続開始の決定があったこと. */
    public String label() {
        return label;
    }

    /** The item's wording, as the notice prints it. */
    public String text() {
        return text;
    }

    /** "地方税法第13条の2第1項第1号". */
    public String article() {
        return ARTICLE + "第" + item + "号";
    }

    /** "法13の2①一" — the short form the negotiation log and the briefings use. */
    public String shortArticle() {
        return "法13の2①" + "一二三四五六".charAt(item - 1);
    }
}
