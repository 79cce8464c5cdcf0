package jp.lg.collection.rules;

/**
 * The ground of a 徴収猶予 (地方税法15①各号, 15②), which decides how the late charge of the grace period is reduced
 * (法15の9; the reading of ①'s "一・二・五" as "五 only when like 一 or 二": verify against the article's text).
 *
 * <ul>
 *   <li>Disaster or theft (①一), illness or injury of the taxpayer or the household (①二), and facts like them
 *       (①五): the late charge of the grace period is exempted in full (法15の9①).</li>
 *   <li>Closure or suspension of the business (①三), its heavy losses (①四), facts like them (①五), and a late
 *       assessment (②): the charge runs at the grace rate (附則3の2②), the rest exempted (法15の9②).</li>
 * </ul>
 * A 換価猶予 (法15の5, 15の6) has no ground here: it always runs at the grace rate.
 */
public enum GraceGround {
    DISASTER("災害・盗難", "法15①一", true),
    ILLNESS("病気・負傷", "法15①二", true),
    BUSINESS_CLOSURE("事業の廃止・休止", "法15①三", false),
    BUSINESS_LOSS("事業の著しい損失", "法15①四", false),
    LIKE_DISASTER_OR_ILLNESS("災害・病気に類する事実", "法15①五", true),
    LIKE_BUSINESS_TROUBLE("事業の休廃止・損失に類する事実", "法15①五", false),
    LATE_ASSESSMENT("賦課の遅延", "法15②", false);

    private final String label;
    private final String article;
    private final boolean fullExemption;

    GraceGround(String label, String article, boolean fullExemption) {
        this.label = label;
        this.article = article;
        this.fullExemption = fullExemption;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** How a 徴収猶予 on this ground reduces the late charge. */
    public ReducedPeriod.Kind reduction() {
        return fullExemption ? ReducedPeriod.Kind.GRACE_FULL_EXEMPTION : ReducedPeriod.Kind.GRACE;
    }
}
