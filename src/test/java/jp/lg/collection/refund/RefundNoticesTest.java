package jp.lg.collection.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.NoticeFixtures;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.rules.OverpaymentCause;
import jp.lg.collection.rules.RefundAdditionSegment;
import org.junit.jupiter.api.Test;

/**
 * 過誤納金充当通知書 and 還付通知書: who they are for, the amounts, the days in 和暦 and the articles, and their print-queue
 * snapshots print the same.
 */
class RefundNoticesTest {

    static final AllocationNotice.Content ALLOCATED = new AllocationNotice.Content(NoticeFixtures.TARO, "D2026-000123",
            "RF-7", LocalDate.of(2026, 7, 1), 1_200_000, OverpaymentCause.ERRONEOUS, LocalDate.of(2026, 6, 10),
            LocalDate.of(2026, 7, 1), List.of(new AllocationNotice.Line(2025, "市民税・県民税(普通徴収)", 4, "R7-0012345",
                    LocalDate.of(2026, 1, 31), LocalDate.of(2026, 6, 10), 100, 200_000, 2_500)), 0, 997_400);

    static final RefundNotice.Content REFUNDED = new RefundNotice.Content(NoticeFixtures.TARO, "D2026-000123", "RF-7",
            LocalDate.of(2026, 9, 30), 1_200_000, OverpaymentCause.ERRONEOUS, LocalDate.of(2026, 6, 10), 202_600,
            997_400, 2_900, LocalDate.of(2026, 7, 11), LocalDate.of(2026, 9, 30), 82,
            List.of(new RefundAdditionSegment(LocalDate.of(2026, 7, 11), LocalDate.of(2026, 9, 30), 82, 997_000,
                    new BigDecimal("1.3"), 2_911)), 0, PayeeKind.ACCOUNT, "三井住友銀行 熊谷支店 普通 ****567 クマガヤ タロウ");

    @Test
    void theAllocationNoticeSaysWhatWasPaidFromTheOverpaymentAndUnderWhichArticle() {
        byte[] pdf = new AllocationNotice().render(ALLOCATED, NoticeFixtures.CITY);
        NoticeFixtures.keep(pdf, "refund-allocation-notice");
        String text = PdfText.joined(pdf);
        assertThat(text).contains("過誤納金充当通知書", "還付番号RF-7", "熊谷太郎　様", "宛名番号900000001", "案件番号D2026-000123",
                "令和8年7月1日", "熊谷市長熊谷一郎", "地方税法第17条の2第1項", "1,200,000円", "202,600円", "997,400円",
                "誤納(二重納付・納め過ぎ)", "令和7年度", "第4期", "R8.1.31", "R8.6.10", "200,000", "2,500",
                "第17条の2第4項", "第20条の4の2", "審査請求", "048-524-1111");
        NoticeFixtures.assertSnapshotPrintsTheSame(new AllocationNotice(), ALLOCATED);
    }

    @Test
    void theRefundNoticeSaysTheRefundItsAdditionTheirDaysAndTheAccountMasked() {
        byte[] pdf = new RefundNotice().render(REFUNDED, NoticeFixtures.CITY);
        NoticeFixtures.keep(pdf, "refund-notice");
        String text = PdfText.joined(pdf);
        assertThat(text).contains("過誤納金還付通知書", "還付番号RF-7", "熊谷太郎　様", "令和8年9月30日", "地方税法第17条の規定",
                "同法第17条の4", "1,200,000円", "202,600円", "997,400円", "2,900円", "1,000,300円",
                "令和8年7月11日から令和8年9月30日まで82日", "令和8年7月11日〜令和8年9月30日", "997,000円", "1.3%", "2,911円",
                "申出の口座", "****567", "地方税法第17条の4第1項第4号", "附則第3条の2", "第20条の4の2");
        NoticeFixtures.assertSnapshotPrintsTheSame(new RefundNotice(), REFUNDED);
    }

    @Test
    void aNoticeWithoutItsFactsIsRefusedByField() {
        assertThatThrownBy(() -> new RefundNotice.Content(NoticeFixtures.TARO, null, "RF-7", LocalDate.of(2026, 9, 30),
                1, OverpaymentCause.ERRONEOUS, null, 0, 1, 0, null, null, 0, List.of(), 0, PayeeKind.ACCOUNT, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("decidedOn:");
    }

    @Test
    void anAccountIsCheckedFieldByFieldAndPrintedMasked() {
        BankAccount a = new BankAccount("０００９", "三井住友銀行", "123", "熊谷支店", AccountType.ORDINARY, "4567", "ｸﾏｶﾞﾔ ﾀﾛｳ");
        assertThat(a.bankCode()).isEqualTo("0009");
        assertThat(a.number()).isEqualTo("0004567");
        assertThat(a.holder()).isEqualTo("クマガヤ タロウ");
        assertThat(a.maskedNumber()).isEqualTo("****567");
        assertThatThrownBy(() -> new BankAccount("9", "x", "123", "y", AccountType.ORDINARY, "1", "タロウ"))
                .hasMessageStartingWith("bankCode:");
        assertThatThrownBy(() -> new BankAccount("0009", "x", "12", "y", AccountType.ORDINARY, "1", "タロウ"))
                .hasMessageStartingWith("branchCode:");
        assertThatThrownBy(() -> new BankAccount("0009", "x", "123", "y", AccountType.ORDINARY, "12345678", "タロウ"))
                .hasMessageStartingWith("accountNumber:");
        assertThatThrownBy(() -> new BankAccount("0009", "x", "123", "y", AccountType.ORDINARY, "1", "熊谷 太郎"))
                .hasMessageStartingWith("accountHolder:");
    }
}
