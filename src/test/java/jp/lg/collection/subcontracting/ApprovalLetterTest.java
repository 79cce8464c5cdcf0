package jp.lg.collection.subcontracting;

import static jp.lg.collection.documents.NoticeFixtures.CITY;
import static jp.lg.collection.documents.NoticeFixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;

/** The 再委託承認書 as printed for the contractor. */
class ApprovalLetterTest {

    @Test
    void subcontractApprovalLetterIsAddressedToTheContractor() {
        byte[] pdf = new ApprovalLetter(CITY).render(new ApprovalLetter.Content("SC2026-000001",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 20), "株式会社 熊谷情報サービス", "株式会社 北関東データ入力",
                "課税資料のデータ入力", "宛名番号、氏名、住所、個人番号、課税標準額", 8_170, true,
                "埼玉県熊谷市本町一丁目5番地 入力センター3階",
                "入退室管理、持込み端末の禁止、作業ログの保存、取扱者10名を特定。" + "端末は施錠保管する。".repeat(8),
                LocalDate.of(2026, 6, 11), LocalDate.of(2026, 7, 31), "作業場所を申請の入力センターに限る"));
        keep(pdf, "subcontract-approval");
        String text = PdfText.of(pdf);
        assertThat(text).contains("再　委　託　承　認　書").contains("SC2026-000001").contains("令和8年6月1日")
                .contains("株式会社 熊谷情報サービス　様").contains("熊谷市長 熊谷 一郎").contains("8,170件")
                .contains("令和8年6月11日から令和8年7月31日まで").contains("含む");
        assertThat(PdfText.joined(pdf)).contains("令和8年5月20日付けで申請のあった")
                .contains("番号の利用等に関する法律第10条第1項").contains("作業場所を申請の入力センターに限る")
                .contains("消去結果報告書を提出すること");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
    }
}
