package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 口座振替不能通知書: the bank could not debit an installment from the taxpayer's account on the debit day (全銀
 * 振替結果コード other than 0) — the taxpayer is told why and asked to pay with a 納付書. A notice of practice (no
 * disposition, no 教示), the paper of {@link DirectDebitFailures}.
 */
@Component
public class DirectDebitFailureNotice extends Notice<DirectDebitFailureNotice.Content> {

    /**
     * What the notice says: the installment not debited on {@code debitOn}, the yen the bank tried, and the reason.
     *
     * @param caseId null when the installment is in no delinquency case
     */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, LocalDate debitOn, long amount,
            String reason, List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("debitOn", debitOn);
            Require.notNull("reason", reason);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public DirectDebitFailureNotice() {
        super(DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title("口座振替不能のお知らせ", null);
            sheet.body("日頃から" + sheet.localTax() + "の口座振替をご利用いただきありがとうございます。"
                    + WarekiDate.format(n.debitOn()) + "に、ご指定の口座から下記の" + sheet.localTax()
                    + "を振り替えることができませんでした。");
            sheet.gap(6);
            sheet.fields(List.of(List.of("振替日", WarekiDate.format(n.debitOn())),
                    List.of("振替できなかった金額", jp.lg.collection.documents.Yen.of(n.amount())),
                    List.of("金融機関からの理由", n.reason())));
            sheet.gap(8);
            sheet.installments(n.lines(), n.issuedOn());
            sheet.gap(10);
            sheet.body("お手数ですが、納付書により金融機関、コンビニエンスストア等で納付してください。納付書がお手元にない場合は、"
                    + "下記までご連絡ください。再発行してお送りします。");
            sheet.gap(4);
            sheet.lateChargeClause(n.issuedOn(), n.lines());
            sheet.small("・次回以降の口座振替は、引き続きご指定の口座から行います。残高をご確認ください。"
                    + "口座の変更・廃止は金融機関の窓口か下記までお申し出ください。");
            sheet.small("・この通知と行き違いに納付された場合はご容赦ください。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
