package jp.lg.collection.subcontracting;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A contractor's written request to re-subcontract (再委託承認申請). 番号法10① allows re-entrusting My Number
 * work only with the permission of the original entrusting party, so the city asks for all of this in writing
 * (Kodaira: 書面の提出により市に承認を得たうえで再委託を許諾; Kumagaya's recurrence measure after its unapproved
 * re-subcontract: 再委託するときは書面にて申請させる).
 *
 * @param attachments file names of the submitted documents (handling rules, the subcontractor's pledge, ...)
 * @param responsibleCollector the staff member of the responsible section who reviews it (may be null)
 * Texts longer than their register column are refused (400 naming the field) when the request comes through the API.
 */
public record SubcontractRequest(@Size(max = 200) String contractor, @Size(max = 200) String subcontractor,
        @Size(max = 1000) String work, @Size(max = 1000) String dataItems, int recordCount, boolean includesMyNumber,
        @Size(max = 300) String workLocation, @Size(max = 2000) String securityMeasures, LocalDate periodFrom,
        LocalDate periodTo, @Size(max = 10) List<@Size(max = 150) String> attachments,
        @Size(max = 64) String responsibleCollector) {

    /** Refuses an incomplete request with the field named, as the API answers it (400). */
    public SubcontractRequest {
        required("contractor", contractor, "委託先");
        required("subcontractor", subcontractor, "再委託先");
        required("work", work, "再委託する業務");
        required("dataItems", dataItems, "取り扱う情報の項目");
        required("workLocation", workLocation, "作業場所");
        required("securityMeasures", securityMeasures, "安全管理措置");
        if (recordCount < 0) {
            throw new IllegalArgumentException("recordCount: 件数は0以上で指定してください");
        }
        if (periodFrom == null || periodTo == null) {
            throw new IllegalArgumentException("periodFrom: 再委託期間(自・至)を指定してください");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("periodTo: 再委託期間の終了日が開始日より前です");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    private static void required(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": " + label + "を入力してください");
        }
    }
}
