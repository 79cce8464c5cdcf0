package jp.lg.collection.system;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda groups of the collection division and their Japanese names (shown in Admin). */
public final class Roles {

    public static final String COLLECTORS = "collectors";
    public static final String MANAGERS = "managers";
    public static final String DESIGNERS = "designers";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "admins";
    /** データ出力担当: the only group that may export (CSV) — 外部媒体への出力は特定のアクセス権限を持ったユーザのみ. */
    public static final String EXPORTERS = "exporters";
    /**
     * 他課照会: staff of other departments (not number-using affairs) who ask whether a taxpayer is in arrears through
     * {@code /api/inquiries} — and reach nothing else: no webapp, no engine, no case.
     */
    public static final String INQUIRERS = "inquirers";

    /** Group id → name, in the order Admin lists them. */
    public static final Map<String, String> NAMES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(COLLECTORS, "徴収担当");
        names.put(MANAGERS, "管理職");
        names.put(DESIGNERS, "プロセス設計者");
        names.put(AUDITORS, "監査");
        names.put(ADMINS, "システム管理者");
        names.put(EXPORTERS, "データ出力担当");
        names.put(INQUIRERS, "他課照会");
        NAMES = java.util.Collections.unmodifiableMap(names);
    }

    private Roles() {
    }

    /** Spring Security authority for a Camunda group. */
    public static String authority(String groupId) {
        return "GROUP_" + groupId;
    }
}
