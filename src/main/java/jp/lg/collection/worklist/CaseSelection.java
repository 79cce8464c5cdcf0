package jp.lg.collection.worklist;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.documents.Yen;

/**
 * 対象者抽出: the conditions a manager selects open cases by; a condition left empty (null) selects every case.
 *
 * @param minAmount           未納額 (principal, fee and assessed late charge not paid) at least, yen
 * @param maxAmount           未納額 at most, yen
 * @param phase               the process key of a phase the case is in ({@link CasePhase})
 * @param minRank             this rank or a higher one (A is the highest)
 * @param minDaysSinceContact no contact (督促状, 催告書, 電話, 臨戸, 約束, 分納誓約, 一括催告) for at least this many days
 * @param promiseBroken       true: a promise or a 分納 part was broken; false: never; null: either
 */
public record CaseSelection(Long id, String name, String districtCode, String taxItem, Long minAmount, Long maxAmount,
        String phase, String minRank, Integer minDaysSinceContact, Boolean promiseBroken) {

    /** The same conditions with blanks as null, checked: a bad one is refused naming its field. */
    public CaseSelection checked() {
        String n = blankToNull(name);
        if (n != null && n.length() > 100) {
            throw new IllegalArgumentException("name: 抽出条件の名前は100文字以内で入力してください");
        }
        String district = blankToNull(districtCode);
        if (district != null && district.length() > 10) {
            throw new IllegalArgumentException("districtCode: 地区コードは10文字以内です");
        }
        String item = blankToNull(taxItem);
        if (item != null) {
            TaxItem.ofCode(item);
        }
        if (minAmount != null && minAmount < 0) {
            throw new IllegalArgumentException("minAmount: 未納額の下限は0円以上で入力してください");
        }
        if (maxAmount != null && maxAmount < 0) {
            throw new IllegalArgumentException("maxAmount: 未納額の上限は0円以上で入力してください");
        }
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            throw new IllegalArgumentException("maxAmount: 未納額の上限 (" + Yen.of(maxAmount) + ") が下限 ("
                    + Yen.of(minAmount) + ") より小さくなっています");
        }
        String p = blankToNull(phase);
        if (p != null) {
            CasePhase.ofProcessKey(p);
        }
        String rank = blankToNull(minRank);
        if (rank != null && !rank.matches("[A-Za-z0-9]{1,2}")) {
            throw new IllegalArgumentException("minRank: ランクは A, B, C, D のように入力してください");
        }
        if (minDaysSinceContact != null && (minDaysSinceContact < 0 || minDaysSinceContact > 3650)) {
            throw new IllegalArgumentException("minDaysSinceContact: 最終接触からの日数は0から3650までで入力してください");
        }
        return new CaseSelection(id, n, district, item, minAmount, maxAmount, p,
                rank == null ? null : rank.toUpperCase(), minDaysSinceContact, promiseBroken);
    }

    /** The conditions in words, as the run keeps them and the page shows them. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (districtCode != null) {
            parts.add("地区 " + districtCode);
        }
        if (taxItem != null) {
            parts.add("税目 " + TaxItem.ofCode(taxItem).label());
        }
        if (minAmount != null || maxAmount != null) {
            parts.add("未納額 " + (minAmount == null ? "" : Yen.of(minAmount) + "以上")
                    + (maxAmount == null ? "" : (minAmount == null ? "" : " ") + Yen.of(maxAmount) + "以下"));
        }
        if (phase != null) {
            parts.add("段階 " + CasePhase.ofProcessKey(phase).label());
        }
        if (minRank != null) {
            parts.add("ランク " + minRank + " 以上");
        }
        if (minDaysSinceContact != null) {
            parts.add("最終接触から " + minDaysSinceContact + " 日以上");
        }
        if (promiseBroken != null) {
            parts.add(promiseBroken ? "約束不履行あり" : "約束不履行なし");
        }
        return parts.isEmpty() ? "条件なし (処理中のすべての案件)" : String.join(" ・ ", parts);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
