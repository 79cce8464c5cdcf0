package jp.lg.collection.breach;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What anyone in the city reports when a leak, loss or damage of personal or My Number data is suspected.
 * Never the data itself: a description of the items and the number of persons (no My Number is logged).
 *
 * @param awareOn the day a staff member became aware — the statutory deadlines run from it (PPC guidance);
 *                null means today
 * @param subcontractId the re-subcontract involved (申請番号), when known
 * Texts longer than their register column are refused (400 naming the field) when the report comes through the API.
 */
public record BreachReport(@Size(max = 2000) String summary, @Size(max = 1000) String dataItems,
        int affectedPersons, boolean involvesMyNumber, @Size(max = 1000) String howFound,
        @Size(max = 200) String contractor, @Size(max = 20) String subcontractId, LocalDate awareOn) {

    public BreachReport {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary: 事案の概要(何が起きたか)を入力してください");
        }
        if (affectedPersons < 0) {
            throw new IllegalArgumentException("affectedPersons: 本人の数は0以上で指定してください");
        }
    }
}
