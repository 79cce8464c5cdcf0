package jp.lg.collection.delinquency;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.TARO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.auction.AuctionNotice;
import jp.lg.collection.delinquency.distribution.DistributionStatement;
import jp.lg.collection.delinquency.dunning.DunningNotice;
import jp.lg.collection.delinquency.reminder.ReminderLetter;
import jp.lg.collection.delinquency.seizure.SeizureNotice;
import jp.lg.collection.delinquency.seizure.SeizureRecord;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** Issue 14: a paper cites the articles of the tax it is about, not the 市町村民税 articles for every tax. */
class NoticeCitationsTest {

    static List<NoticeLine> fixedAssetTax() {
        return List.of(new NoticeLine(2026, "固定資産税・都市計画税", 1, "R8-0100001", LocalDate.of(2026, 4, 30), 120_000,
                0, 0L));
    }

    static List<NoticeLine> healthInsuranceTax() {
        return List.of(new NoticeLine(2026, "国民健康保険税", 3, "R8-0200003", LocalDate.of(2026, 8, 31), 45_000, 0, 0L));
    }

    @Test
    void aFixedAssetTaxDunningNoticeCitesArticle371And369() {
        String text = PdfText.joined(new DunningNotice().render(new DunningNotice.Content(TARO, "D2026-000009",
                LocalDate.of(2026, 5, 20), fixedAssetTax()), CITY));
        assertThat(text).contains("地方税法第371条第1項の規定により督促します").contains("地方税法第369条第1項の規定により計算")
                .doesNotContain("第329条").doesNotContain("第326条");
    }

    @Test
    void aHealthInsuranceTaxReminderCitesArticle728() {
        String text = PdfText.joined(new ReminderLetter().render(new ReminderLetter.Content(TARO, "D2026-000009",
                LocalDate.of(2026, 10, 1), 1, LocalDate.of(2026, 10, 11), healthInsuranceTax()), CITY));
        assertThat(text).contains("地方税法第728条第1項の規定により").contains("地方税法第723条第1項の規定により計算")
                .doesNotContain("第331条");
    }

    @Test
    void fixedAssetTaxSeizurePapersCiteArticle373() {
        String record = PdfText.joined(new SeizureRecord().render(new SeizureRecord.Content(TARO, "D2026-000009",
                LocalDate.of(2026, 7, 15), "預金債権", "熊谷信用金庫 本店 普通預金", "熊谷信用金庫", 120_000, "収納 次郎",
                fixedAssetTax()), CITY));
        assertThat(record).contains("地方税法第373条第7項において準用する国税徴収法第54条").doesNotContain("第331条");
        Addressee bank = new Addressee(null, "3600037", "埼玉県熊谷市筑波二丁目1番地", "熊谷信用金庫");
        String notice = PdfText.joined(new SeizureNotice().render(new SeizureNotice.Content(bank, TARO, "D2026-000009",
                LocalDate.of(2026, 7, 15), "普通預金の払戻請求権", 120_000, LocalDate.of(2026, 7, 22), fixedAssetTax()),
                CITY));
        assertThat(notice).contains("国税徴収法第62条第1項(地方税法第373条第7項において準用)");
    }

    @Test
    void auctionNoticeAndDistributionStatementCiteTheArticleOfTheCasesTaxes() {
        String article = NoticeSheet.enforcementArticleOf(List.of(TaxItem.ofLabel("固定資産税・都市計画税")));
        assertThat(article).isEqualTo("地方税法第373条第7項");
        String notice = PdfText.joined(new AuctionNotice().render(new AuctionNotice.Content("D2026-000009",
                LocalDate.of(2026, 7, 1), 1, "不動産", "熊谷市宮町二丁目47番1 宅地 165.29㎡", 2_345_000,
                LocalDate.of(2026, 7, 11), null, 234_500, LocalDate.of(2026, 7, 17), LocalDate.of(2026, 7, 17), article),
                CITY));
        assertThat(notice).contains("地方税法第373条第7項において準用する国税徴収法第95条").doesNotContain("第331条");
        String statement = PdfText.joined(new DistributionStatement().render(new DistributionStatement.Content(TARO,
                "D2026-000009", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 8), "不動産 宅地", 500_000,
                List.of(new DistributionStatement.Share(1, "熊谷市", "固定資産税", 300_000, 300_000)), article), CITY));
        assertThat(statement).contains("国税徴収法第131条(地方税法第373条第7項において準用)").doesNotContain("第331条");
        // a paper queued before the article was stored keeps citing the 市町村民税's
        assertThat(NoticeSheet.enforcementArticle(null)).isEqualTo("地方税法第331条第6項");
        assertThat(NoticeSheet.enforcementArticleOf(List.of())).isNull();
    }
}
