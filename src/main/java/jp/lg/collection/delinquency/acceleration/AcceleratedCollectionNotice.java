package jp.lg.collection.delinquency.acceleration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.AccelerationGround;
import jp.lg.collection.rules.CollectionArticles;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 繰上徴収告知書 (地方税法13の2): the ground by its item, the fact, the new due date and each installment with the due
 * date it had; that no 督促状 will come before enforcement (法331①二 and its like per tax) and the 教示. Issued by
 * {@link IssueAccelerationNotice}.
 */
@Component
public class AcceleratedCollectionNotice extends Notice<AcceleratedCollectionNotice.Content> {

    /** One installment brought forward: as the notice lists it, with the due date it had before. */
    public record Line(NoticeLine installment, LocalDate dueDateBefore) {
        public Line {
            Require.notNull("installment", installment);
            Require.notNull("dueDateBefore", dueDateBefore);
        }
    }

    /** What the 繰上徴収告知書 says. */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, AccelerationGround ground, String facts,
            LocalDate acceleratedDueDate, List<Line> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("ground", ground);
            Require.notNull("acceleratedDueDate", acceleratedDueDate);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public AcceleratedCollectionNotice() {
        super(DocumentKind.ACCELERATED_COLLECTION_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            List<NoticeLine> installments = n.lines().stream().map(Line::installment).toList();
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title("繰上徴収告知書", null);
            sheet.body("下記の" + sheet.localTax() + "について、" + n.ground().article()
                    + "に該当する事実が生じ、納期限までに完納されないと認められるため、同条の規定により納期限を繰り上げ、その納付を"
                    + "請求します。繰上げ後の納期限までに納付してください。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("繰上げの理由", "第" + n.ground().item() + "号　" + n.ground().text()),
                    List.of("生じた事実", NoticeSheet.orEmpty(n.facts())),
                    List.of("繰上げ後の納期限", WarekiDate.format(n.acceleratedDueDate()))));
            sheet.gap(10);
            table(sheet, n);
            sheet.gap(12);
            sheet.ensure(60);
            float top = sheet.y();
            sheet.gap(4);
            sheet.paragraph(NoticeSheet.MARGIN + 8, NoticeSheet.CONTENT_WIDTH - 16, 10.5f,
                    "繰上げ後の納期限までに完納されないときは、督促状を発することなく滞納処分を受けることになります("
                            + NoticeSheet.cite(installments, a -> seizureItem(a)) + ")。");
            sheet.gap(4);
            sheet.box(NoticeSheet.MARGIN, top, NoticeSheet.CONTENT_WIDTH, top - sheet.y());
            sheet.gap(8);
            sheet.small("・繰上げ後の納期限までに納付されないときは、その翌日から納付の日までの期間の日数に応じ、"
                    + NoticeSheet.cite(installments, CollectionArticles::lateCharge)
                    + "の規定により計算した延滞金を本税と併せて納付していただきます(1,000円未満は納付不要、100円未満切捨て)。");
            sheet.small("・既にお送りした納税通知書の納期限は、この告知書の繰上げ後の納期限に変更されます。"
                    + "納付書はそのままお使いいただけます。");
            sheet.appealNotice("この繰上徴収");
            sheet.contact();
            return sheet.toBytes();
        }
    }

    /** "第331条第1項第2号": the item of each tax's seizure article that an accelerated tax falls under. */
    static String seizureItem(CollectionArticles tax) {
        return tax.seizure() + "第" + AcceleratedCollection.SEIZURE_ITEM + "号";
    }

    private static void table(NoticeSheet sheet, Content n) {
        List<PdfSheet.Column> columns = List.of(new PdfSheet.Column("年度", 52, PdfSheet.Align.CENTER),
                new PdfSheet.Column("税目", 108, PdfSheet.Align.LEFT), new PdfSheet.Column("期別", 30, PdfSheet.Align.CENTER),
                new PdfSheet.Column("通知書番号", 62, PdfSheet.Align.CENTER),
                new PdfSheet.Column("本来の納期限", 78, PdfSheet.Align.CENTER),
                new PdfSheet.Column("繰上げ後の納期限", 82, PdfSheet.Align.CENTER),
                new PdfSheet.Column("税額", 83, PdfSheet.Align.RIGHT));
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (Line line : n.lines()) {
            NoticeLine l = line.installment();
            rows.add(List.of(l.fiscalYearLabel(), l.taxItem(), "第" + l.installment() + "期",
                    NoticeSheet.orEmpty(l.noticeNo()), WarekiDate.format(line.dueDateBefore()),
                    WarekiDate.format(n.acceleratedDueDate()), Yen.amount(l.principal() + l.dunningFee())));
            total += l.principal() + l.dunningFee();
        }
        int totalsFrom = rows.size();
        rows.add(List.of("合計", n.lines().size() + "件", "", "", "", "", Yen.amount(total)));
        sheet.table(NoticeSheet.MARGIN, columns, rows, 8.5f, totalsFrom);
        sheet.gap(6);
        sheet.line(NoticeSheet.RIGHT, NoticeSheet.BODY, "納付すべき額　" + Yen.of(total), PdfSheet.Align.RIGHT);
    }
}
