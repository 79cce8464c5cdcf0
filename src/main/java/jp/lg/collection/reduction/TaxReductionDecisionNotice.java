package jp.lg.collection.reduction;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 減免決定通知書: the tax as assessed, the amount reduced and the tax after it, the ground with the ordinance and the
 * article of the 地方税法 that allow it, and the 教示. Issued by {@link NotifyReductionDecision}.
 */
@Component
public class TaxReductionDecisionNotice extends Notice<TaxReductionDecisionNotice.Content> {

    /**
     * What the 減免決定通知書 says.
     *
     * @param installment "令和8年度 軽自動車税(種別割) 第1期"
     * @param basis       "地方税法第463条の23及び熊谷市税条例第90条"
     */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, String number, LocalDate receivedOn,
            String ground, String basis, String installment, String noticeNo, LocalDate dueDate, long principalBefore,
            long reducedAmount, long principalAfter) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("receivedOn", receivedOn);
            Require.notNull("dueDate", dueDate);
            Require.notNegative("principalAfter", principalAfter);
            if (principalBefore - reducedAmount != principalAfter) {
                throw new IllegalArgumentException("principalAfter: 減免前の税額 − 減免額 と一致しません");
            }
        }
    }

    public TaxReductionDecisionNotice() {
        super(DocumentKind.TAX_REDUCTION_DECISION, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title("減免決定通知書", null);
            sheet.body(WarekiDate.format(n.receivedOn()) + "に申請のあった下記の" + sheet.localTax() + "の減免については、"
                    + n.basis() + "の規定により、次のとおり減免することに決定したので通知します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("受付番号", n.number()),
                    List.of("減免の事由", n.ground()),
                    List.of("対象", n.installment() + (n.noticeNo() == null ? "" : "(通知書番号 " + n.noticeNo() + ")")),
                    List.of("納期限", WarekiDate.format(n.dueDate())),
                    List.of("減免前の税額", Yen.of(n.principalBefore())),
                    List.of("減免額", Yen.of(n.reducedAmount())),
                    List.of("減免後の税額", Yen.of(n.principalAfter()))));
            sheet.gap(10);
            if (n.principalAfter() > 0) {
                sheet.small("・減免後の税額を納期限までに納付してください。お手元の納付書の金額と異なるときは、下記までご連絡ください。"
                        + "納期限を過ぎたときの延滞金は、減免後の税額により計算します。");
            } else {
                sheet.small("・上記の税額は全額を減免しましたので、納付の必要はありません。");
            }
            sheet.small("・減免の事由がなくなったときは、遅滞なく届け出てください。偽りその他不正の行為により減免を受けたときは、"
                    + "減免を取り消すことがあります。");
            sheet.appealNotice("この決定");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
