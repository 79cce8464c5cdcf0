package jp.lg.collection.subcontracting;

/**
 * The review checklist: the contract clauses both seeds require of a contractor and its subcontractor
 * (Kodaira Ⅲ-4 規定の内容 and 具体的な方法; Kumagaya Ⅲ-4 情報セキュリティ要件), which the city must see
 * in the request before it permits re-entrusting (番号法10①) and which its supervision relies on (番号法11).
 * The form's checkbox keys are {@code clause} + the constant name in camel case.
 */
public enum ContractClause {
    NO_THIRD_PARTY_DISCLOSURE("clauseNoThirdPartyDisclosure", "第三者への情報開示・目的外利用の禁止"),
    PROPER_MANAGEMENT_AND_RETURN("clauseProperManagementAndReturn", "情報の適切な管理と契約終了後の返却"),
    NO_UNAUTHORIZED_COPYING("clauseNoUnauthorizedCopying", "無断複製の禁止"),
    REPORTING_DUTIES("clauseReportingDuties", "作業報告(週報)・宣誓書・事故時の報告義務"),
    DELETION_AT_END("clauseDeletionAtEnd", "終了時の消去と消去結果報告書の提出"),
    AUDIT_AND_INSPECTION("clauseAuditAndInspection", "市による監査・実地検査の受入れ"),
    SUBCONTRACTOR_PLEDGE("clauseSubcontractorPledge", "再委託先の誓約書(守秘・再々委託の禁止)"),
    STAFF_TRAINING("clauseStaffTraining", "従事者への教育と取扱者の特定");

    private final String field;
    private final String label;

    ContractClause(String field, String label) {
        this.field = field;
        this.label = label;
    }

    public String field() {
        return field;
    }

    public String label() {
        return label;
    }
}
