package jp.lg.collection.breach;

import java.time.LocalDate;

/**
 * What anyone in the city reports when a leak, loss or damage of personal or My Number data is suspected.
 * Never the data itself: a description of the items and the number of persons (no My Number is logged).
 *
 * @param awareOn the day a staff member became aware — the statutory deadlines run from it (PPC guidance);
 *                null means today
 * @param subcontractId the re-subcontract involved (申請番号), when known
 */
public record BreachReport(String summary, String dataItems, int affectedPersons, boolean involvesMyNumber,
        String howFound, String contractor, String subcontractId, LocalDate awareOn) {

    public BreachReport {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("summary: 事案の概要(何が起きたか)を入力してください");
        }
        if (affectedPersons < 0) {
            throw new IllegalArgumentException("affectedPersons: 本人の数は0以上で指定してください");
        }
    }
}
