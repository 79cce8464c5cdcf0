package jp.lg.collection.delinquency.seizure;

import static jp.lg.collection.documents.NoticeSheet.BODY;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.Require;
import jp.lg.collection.rules.CollectionArticles;
import jp.lg.collection.rules.WarekiDate;

/**
 * What the four papers of a claim on another authority's execution share — 参加差押書 and 交付要求書 to the executing
 * authority, their notices to the taxpayer: the property, the authority and the amount claimed.
 *
 * @param authority  the executing authority (税務署, 県税事務所, 執行裁判所 …)
 * @param delinquent the taxpayer
 * @param assetKind  the kind of property, as printed (不動産, 自動車 …)
 */
public record ClaimOnExecution(String authority, Addressee delinquent, String caseId, LocalDate issuedOn,
        String assetKind, String property, List<NoticeLine> lines) {

    public ClaimOnExecution {
        Require.notNull("authority", authority);
        Require.notNull("delinquent", delinquent);
        Require.notNull("issuedOn", issuedOn);
        Require.notNull("property", property);
        lines = Require.noNullElements("lines", lines);
    }

    /** 滞納処分の例の article of the claim's taxes, e.g. 地方税法第331条第6項. */
    String byExample() {
        return NoticeSheet.cite(lines, CollectionArticles::enforcementByExample);
    }

    /** The facts table and the installments claimed. */
    void facts(NoticeSheet sheet, boolean toTaxpayer, String claimed) {
        sheet.gap(8);
        List<List<String>> rows = new java.util.ArrayList<>();
        if (!toTaxpayer) {
            rows.add(List.of("滞納者 住所", NoticeSheet.orEmpty(delinquent.address())));
            rows.add(List.of("滞納者 氏名", NoticeSheet.orEmpty(delinquent.name())));
        }
        rows.add(List.of("執行機関", authority));
        rows.add(List.of("財産の種類", NoticeSheet.orEmpty(assetKind)));
        rows.add(List.of("財産", property));
        rows.add(List.of("年月日", WarekiDate.format(issuedOn)));
        sheet.fields(rows);
        sheet.gap(10);
        sheet.line(NoticeSheet.MARGIN, BODY, claimed, Align.LEFT);
        sheet.installments(lines, issuedOn);
    }
}
