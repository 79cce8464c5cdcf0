package jp.lg.collection.refund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.OverpaymentCause;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 過誤納金充当通知書 (地方税法17の2): the taxpayer is told which of his unpaid taxes his 過誤納金 paid, from which day
 * each counts as paid (充当適状日, 同条④), and what is left to be refunded. Issued by {@link ApplyOverpayment}.
 */
@Component
public class AllocationNotice extends Notice<AllocationNotice.Content> {

    /** One installment the 過誤納金 paid. */
    public record Line(int fiscalYear, String taxItem, int installment, String noticeNo, LocalDate dueDate,
            LocalDate suitableOn, long fee, long principal, long lateCharge) {

        public long total() {
            return fee + principal + lateCharge;
        }
    }

    /**
     * What the 充当通知書 says.
     *
     * @param refundNo           the refund's number (RF-12)
     * @param overpayment        the 過誤納金
     * @param paidOn             the day it was paid
     * @param allocatedOn        the day of the 充当
     * @param allocationAddition the 還付加算金 of the part 充当 (to each 充当適状日), paid with the refund
     * @param refundAmount       what is left to refund
     */
    public record Content(Addressee to, String caseId, String refundNo, LocalDate issuedOn, long overpayment,
            OverpaymentCause cause, LocalDate paidOn, LocalDate allocatedOn, List<Line> lines,
            long allocationAddition, long refundAmount) {

        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("cause", cause);
            Require.notNull("allocatedOn", allocatedOn);
            lines = Require.noNullElements("lines", lines);
            Require.notNegative("overpayment", overpayment);
            Require.notNegative("refundAmount", refundAmount);
        }

        public long allocated() {
            return lines.stream().mapToLong(Line::total).sum();
        }
    }

    public AllocationNotice() {
        super(DocumentKind.REFUND_ALLOCATION_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title(kind().label(), "還付番号 " + n.refundNo());
            sheet.body("あなたが納付された" + sheet.localTax() + "に過誤納金が生じました。地方税法第17条の2第1項の規定により、"
                    + "これを下記の未納の" + sheet.localTax() + "に充当しましたので通知します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("過誤納金の額", Yen.of(n.overpayment())),
                    List.of("過誤納の理由", n.cause().label()),
                    List.of("納付日", n.paidOn() == null ? "" : WarekiDate.format(n.paidOn())),
                    List.of("充当日", WarekiDate.format(n.allocatedOn())),
                    List.of("充当額", Yen.of(n.allocated())),
                    List.of("還付加算金(充当分)", Yen.of(n.allocationAddition())
                            + (n.allocationAddition() > 0 ? "(還付金と併せてお支払いします)" : "")),
                    List.of("充当後に還付する額", Yen.of(n.refundAmount()))));
            sheet.gap(10);
            sheet.line(NoticeSheet.MARGIN, NoticeSheet.BODY, "充当先", Align.LEFT);
            List<Column> columns = List.of(new Column("年度", 50, Align.CENTER), new Column("税目", 100, Align.LEFT),
                    new Column("期別", 28, Align.CENTER), new Column("通知書番号", 60, Align.CENTER),
                    new Column("納期限", 62, Align.CENTER), new Column("充当適状日", 62, Align.CENTER),
                    new Column("本税", 44, Align.RIGHT), new Column("督促手数料", 40, Align.RIGHT),
                    new Column("延滞金", 44, Align.RIGHT));
            List<List<String>> rows = new ArrayList<>();
            long fee = 0;
            long principal = 0;
            long lateCharge = 0;
            for (Line l : n.lines()) {
                rows.add(List.of(NoticeLine.fiscalYearLabel(l.fiscalYear()), l.taxItem(), "第" + l.installment() + "期",
                        NoticeSheet.orEmpty(l.noticeNo()), WarekiDate.formatShort(l.dueDate()),
                        WarekiDate.formatShort(l.suitableOn()), Yen.amount(l.principal()), Yen.amount(l.fee()),
                        Yen.amount(l.lateCharge())));
                fee += l.fee();
                principal += l.principal();
                lateCharge += l.lateCharge();
            }
            int totals = rows.size();
            rows.add(List.of("合計", n.lines().size() + "件", "", "", "", "", Yen.amount(principal), Yen.amount(fee),
                    Yen.amount(lateCharge)));
            sheet.table(NoticeSheet.MARGIN, columns, rows, 8, totals);
            sheet.gap(10);
            sheet.small("・充当した額に相当する" + sheet.localTax() + "は、充当適状日(過誤納金が生じた日と納期限のいずれか遅い日)"
                    + "に納付されたものとみなされます(地方税法第17条の2第4項)。延滞金はその日まで計算しています。");
            sheet.small("・過誤納金には、地方税法第17条の4の規定により還付加算金を加算します"
                    + "(計算の基礎となる額の1,000円未満切捨て・2,000円未満は加算なし、加算金の100円未満切捨て・1,000円未満は加算なし。"
                    + "同法第20条の4の2)。");
            if (n.refundAmount() > 0) {
                sheet.small("・充当後の残額 " + Yen.of(n.refundAmount()) + " は還付します。振込先の確認のため、"
                        + "別途お送りする還付請求書をご返送ください。");
            }
            sheet.appealNotice("この充当");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
