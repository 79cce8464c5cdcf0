package jp.lg.collection.rules;

/**
 * Why a grace is revoked — 地方税法15の3①各号 for a 徴収猶予, applied to the 換価猶予 by 15の5② (ex officio) and
 * 15の6の3② (on application). Before revoking, the city hears the taxpayer's explanation (弁明, 15の3②) unless the
 * ground is a fact of 繰上徴収 (法13の2①); the taxpayer is told of the revocation (15の3③).
 */
public enum GraceRevocationGround {
    ACCELERATION("繰上徴収の事由があり、猶予期間内に完納できないと認められる", 1),
    INSTALLMENT_MISSED("分割納付をその期限までにしない", 2),
    SECURITY_NOT_PROVIDED("担保の変更等の求めに応じない", 3),
    NEW_ARREARS("新たに他の地方団体の徴収金を滞納した", 4),
    FRAUD("偽りその他不正な手段による申請に基づき猶予をした", 5),
    CIRCUMSTANCES_CHANGED("財産の状況その他の事情の変化により猶予を継続することが適当でない", 6);

    private final String text;
    private final int item;

    GraceRevocationGround(String text, int item) {
        this.text = text;
        this.item = item;
    }

    /** The ground as the notice states it. */
    public String text() {
        return text;
    }

    /** Its item (号) of 法15の3①. */
    public int item() {
        return item;
    }

    /** "地方税法第15条の3第1項第2号". */
    public String article() {
        return "地方税法第15条の3第1項第" + item + "号";
    }

    /** 法15の3②: the explanation is heard first, except on a ground of 繰上徴収. */
    public boolean explanationHeardFirst() {
        return this != ACCELERATION;
    }
}
