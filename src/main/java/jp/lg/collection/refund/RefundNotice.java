package jp.lg.collection.refund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.OverpaymentCause;
import jp.lg.collection.rules.RefundAdditionSegment;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 過誤納金還付通知書 (地方税法17, 17の4): the refund the manager decided — the 過誤納金, what was 充当, the 還付金 with
 * its 還付加算金 counted from the day the article's item names to the 支出決定日, and the account it is paid into
 * (number masked). Issued by {@link IssueRefundNotice}.
 */
@Component
public class RefundNotice extends Notice<RefundNotice.Content> {

    /**
     * What the 還付通知書 says.
     *
     * @param allocated          充当額 (told by the 充当通知書)
     * @param refundAmount       還付金
     * @param addition           還付加算金 of the refund, counted {@code additionFrom} to {@code decidedOn}
     * @param additionDays       the days counted
     * @param segments           the addition's lines, one per calendar year
     * @param allocationAddition 還付加算金 of the part 充当
     * @param payeeKind          申出の口座 or 公金受取口座
     * @param account            "○○銀行 本店 普通 ****567 シケン タロウ"
     */
    public record Content(Addressee to, String caseId, String refundNo, LocalDate issuedOn, long overpayment,
            OverpaymentCause cause, LocalDate paidOn, long allocated, long refundAmount, long addition,
            LocalDate additionFrom, LocalDate decidedOn, long additionDays, List<RefundAdditionSegment> segments,
            long allocationAddition, PayeeKind payeeKind, String account) {

        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("cause", cause);
            Require.notNull("decidedOn", decidedOn);
            Require.notNull("payeeKind", payeeKind);
            Require.notNull("account", account);
            segments = Require.noNullElements("segments", segments);
            Require.notNegative("refundAmount", refundAmount);
            Require.notNegative("addition", addition);
        }

        /** 支払額: the refund and every 還付加算金. */
        public long payout() {
            return refundAmount + addition + allocationAddition;
        }
    }

    public RefundNotice() {
        super(DocumentKind.REFUND_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title(kind().label(), "還付番号 " + n.refundNo());
            sheet.body("あなたが納付された" + sheet.localTax() + "に生じた過誤納金を、地方税法第17条の規定により下記のとおり"
                    + "還付します。還付金には、同法第17条の4の規定により還付加算金を加算しています。");
            sheet.gap(8);
            List<List<String>> fields = new ArrayList<>();
            fields.add(List.of("過誤納金の額", Yen.of(n.overpayment())));
            fields.add(List.of("過誤納の理由", n.cause().label()));
            if (n.paidOn() != null) {
                fields.add(List.of("納付日", WarekiDate.format(n.paidOn())));
            }
            if (n.allocated() > 0) {
                fields.add(List.of("充当額", Yen.of(n.allocated()) + "(別途お送りした充当通知書のとおり)"));
            }
            fields.add(List.of("還付金", Yen.of(n.refundAmount())));
            fields.add(List.of("還付加算金", Yen.of(n.addition()) + additionPeriod(n)));
            if (n.allocationAddition() > 0) {
                fields.add(List.of("還付加算金(充当分)", Yen.of(n.allocationAddition())));
            }
            fields.add(List.of("お支払いする額", Yen.of(n.payout())));
            fields.add(List.of("還付の決定日", WarekiDate.format(n.decidedOn())));
            fields.add(List.of("振込先", n.payeeKind().label() + "　" + n.account()));
            sheet.fields(fields);
            if (!n.segments().isEmpty()) {
                sheet.gap(10);
                sheet.line(NoticeSheet.MARGIN, NoticeSheet.BODY, "還付加算金の計算", Align.LEFT);
                List<Column> columns = List.of(new Column("期間", 190, Align.LEFT), new Column("日数", 50, Align.RIGHT),
                        new Column("計算の基礎", 90, Align.RIGHT), new Column("割合(年)", 65, Align.RIGHT),
                        new Column("金額", 90, Align.RIGHT));
                List<List<String>> rows = new ArrayList<>();
                for (RefundAdditionSegment s : n.segments()) {
                    rows.add(List.of(WarekiDate.format(s.from()) + "〜" + WarekiDate.format(s.to()), s.days() + "日",
                            Yen.of(s.base()), s.ratePercent().stripTrailingZeros().toPlainString() + "%", Yen.of(s.amount())));
                }
                sheet.table(NoticeSheet.MARGIN, columns, rows, 8.5f, -1);
            }
            sheet.gap(10);
            sheet.small("・還付加算金は、過誤納の理由に応じて" + n.cause().article() + "に定める日の翌日から還付の決定日までの日数に応じ、"
                    + "各年の還付加算金特例基準割合(同法附則第3条の2)により計算しています(年365日当たり)。"
                    + "計算の基礎となる額の1,000円未満は切捨て、2,000円未満は加算なし、還付加算金の100円未満は切捨て、"
                    + "1,000円未満は加算しません(同法第20条の4の2)。");
            sheet.small("・上記の口座に振り込みます。口座の記載に誤りがあるときは、お問い合わせ先までご連絡ください。");
            sheet.contact();
            return sheet.toBytes();
        }
    }

    private static String additionPeriod(Content n) {
        if (n.additionFrom() == null || n.additionDays() == 0) {
            return n.cause() == OverpaymentCause.RESIDUE ? "(配当の残余金には加算しません)" : "";
        }
        return "(" + WarekiDate.format(n.additionFrom()) + "から" + WarekiDate.format(n.decidedOn()) + "まで "
                + n.additionDays() + "日)";
    }
}
