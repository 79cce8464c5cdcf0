package jp.lg.collection.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The actions the operation log records (AuditInterceptor, LoginAudit, the Camunda login filter, the engine's
 * write audit, retention, the nightly reports) with the words an auditor reads for them, in the order the
 * auditor's page offers them. An action not listed here is shown by its code.
 */
public final class OperationActions {

    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("LOGIN", "ログイン");
        labels.put("LOGIN_FAILED", "ログイン失敗");
        labels.put("LOGOUT", "ログアウト");
        labels.put("ACCESS_DENIED", "アクセス拒否");
        labels.put("CASE_VIEW", "案件の閲覧");
        labels.put("CASE_SEARCH", "案件の検索");
        labels.put("VIEW", "閲覧");
        labels.put("PDF_DOWNLOAD", "文書の表示・印刷");
        labels.put("CERTIFICATE_PRINT", "証明書の発行");
        labels.put("CSV_EXPORT", "CSV出力");
        labels.put("IMPORT", "取込");
        labels.put("SWEEP", "滞納抽出(名寄せ)");
        labels.put("PRINT_BATCH", "一括印刷");
        labels.put("MY_NUMBER_SEARCH", "個人番号による検索");
        labels.put("UPDATE", "更新");
        labels.put("AUDIT_VIEW", "操作ログの閲覧");
        labels.put("LATE_CHARGE_RATE_ADD", "延滞金割合の登録");
        labels.put("LATE_CHARGE_RATE_MISSING", "延滞金割合の未登録");
        labels.put("COLLECTOR_DISTRICTS_SET", "担当地区の変更");
        labels.put("BULK_REMINDER", "一括催告");
        labels.put("RANK_WEIGHTS_SET", "ランクの重みの変更");
        labels.put("TAX_INQUIRY", "他課からの照会");
        labels.put("PUBLIC_FUNDS_ACCOUNT_LOOKUP", "公金受取口座の照会");
        labels.put("ANOMALY_REPORT", "異常アクセスの点検");
        labels.put("DELETION_REQUEST", "消去の申請");
        labels.put("DELETION_EXECUTED", "消去の実行");
        labels.put("DELETION_REJECTED", "消去の却下");
        labels.put("TASK_COMPLETE", "タスクの完了");
        labels.put("TASK_CLAIM", "タスクの引受け");
        labels.put("TASK_UNCLAIM", "タスクの引受け解除");
        labels.put("TASK_ASSIGN", "タスクの担当者変更");
        labels.put("VARIABLE_UPDATE", "変数の変更");
        labels.put("COMMENT", "コメント");
        labels.put("ATTACHMENT", "添付");
        labels.put("SUSPENSION", "一時停止・再開");
        labels.put("DEPLOYMENT_CREATE", "モデルのデプロイ");
        labels.put("DEPLOYMENT_DELETE", "デプロイメントの削除");
        labels.put("DEFINITION_DELETE", "プロセス定義の削除");
        labels.put("INSTANCE_DELETE", "プロセスインスタンスの削除");
        labels.put("ENGINE_UPDATE", "エンジンの更新");
        LABELS = Collections.unmodifiableMap(labels);
    }

    private OperationActions() {
    }

    /** 「案件の閲覧」 for CASE_VIEW; the code itself when it has no label. */
    public static String label(String action) {
        return action == null ? "" : LABELS.getOrDefault(action, action);
    }
}
