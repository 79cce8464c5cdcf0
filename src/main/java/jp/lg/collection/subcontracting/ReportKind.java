package jp.lg.collection.subcontracting;

/**
 * What a contractor submits, or the city records, while a re-subcontract runs. The practice is Kodaira's
 * (週報として作業報告書, 毎月宣誓書に署名, 現地での作業状況確認) and both seeds' 消去結果に係る報告書 at the end.
 */
public enum ReportKind {
    WEEKLY("作業報告書(週報)", "Message_WeeklyReportReceived"),
    OATH("宣誓書(月次)", "Message_MonthlyOathReceived"),
    INSPECTION("実地検査", null),
    DELETION("消去結果報告書", "Message_DeletionCertificateReceived");

    private final String label;
    private final String message;

    ReportKind(String label, String message) {
        this.label = label;
        this.message = message;
    }

    public String label() {
        return label;
    }

    /** The message the obligations process waits for while a reminder is open; null for the city's own inspection. */
    public String message() {
        return message;
    }
}
