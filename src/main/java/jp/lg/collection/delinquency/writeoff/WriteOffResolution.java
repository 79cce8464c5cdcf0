package jp.lg.collection.delinquency.writeoff;

import static jp.lg.collection.documents.NoticeSheet.BODY;
import static jp.lg.collection.documents.NoticeSheet.SMALL;
import static jp.lg.collection.documents.NoticeSheet.orEmpty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 不納欠損処分決議書: the internal resolution that books extinguished installments off the accounts, issued by
 * {@link RecordWriteOff}.
 */
@Component
public class WriteOffResolution extends Notice<WriteOffResolution.Content> {

    /**
     * One installment of a 不納欠損処分決議書: what was extinguished, apart, and why.
     *
     * @param reason  e.g. 時効
     * @param article e.g. 地方税法18条1項
     */
    public record Line(NoticeLine installment, LocalDate extinguishedOn, String reason, String article,
            long lateCharge) {
        public Line {
            Require.notNull("installment", installment);
            Require.notNull("reason", reason);
            Require.notNegative("lateCharge", lateCharge);
        }

        public long total() {
            return installment.principal() + installment.dunningFee() + lateCharge;
        }
    }

    /** What the 不納欠損処分決議書 says: the installments booked off and who approved it. */
    public record Content(Addressee delinquent, String caseId, LocalDate resolvedOn, String approvedBy,
            List<Line> lines) {
        public Content {
            Require.notNull("delinquent", delinquent);
            Require.notNull("resolvedOn", resolvedOn);
            Require.notNull("approvedBy", approvedBy);
            lines = Require.noNullElements("lines", lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("lines: 不納欠損とする期別がありません");
            }
        }
    }

    public WriteOffResolution() {
        super(DocumentKind.WRITE_OFF_RESOLUTION, Content.class);
    }

    @Override
    public byte[] render(Content w, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.line(NoticeSheet.RIGHT, BODY, WarekiDate.format(w.resolvedOn()), Align.RIGHT);
            if (w.caseId() != null) {
                sheet.line(NoticeSheet.RIGHT, SMALL, "案件番号 " + w.caseId(), Align.RIGHT);
            }
            sheet.title("不　納　欠　損　処　分　決　議　書", null);
            sheet.fields(List.of(
                    List.of("滞納者 住所", orEmpty(w.delinquent().address())),
                    List.of("滞納者 氏名", orEmpty(w.delinquent().name())),
                    List.of("宛名番号", orEmpty(w.delinquent().addresseeNo())),
                    List.of("決裁者", w.approvedBy()),
                    List.of("所管", city.name() + " " + city.section())));
            sheet.gap(10);
            sheet.body("下記の" + sheet.localTax() + "は、それぞれ記載の"
                    + "規定により徴収金を納付する義務が消滅したので、不納欠損として処分することを決議する。");
            sheet.gap(6);
            List<Column> columns = List.of(new Column("年度", 46, Align.CENTER), new Column("税目", 104, Align.LEFT),
                    new Column("期別", 28, Align.CENTER), new Column("本税", 62, Align.RIGHT),
                    new Column("延滞金", 55, Align.RIGHT), new Column("督促手数料", 46, Align.RIGHT),
                    new Column("欠損理由", 90, Align.LEFT), new Column("消滅日", 64, Align.CENTER));
            List<List<String>> rows = new ArrayList<>();
            long principal = 0;
            long lateCharge = 0;
            long fee = 0;
            for (Line l : w.lines()) {
                NoticeLine i = l.installment();
                rows.add(List.of(i.fiscalYearLabel(), i.taxItem(), "第" + i.installment() + "期",
                        Yen.amount(i.principal()), Yen.amount(l.lateCharge()), Yen.amount(i.dunningFee()),
                        l.reason(),
                        l.extinguishedOn() == null ? "" : WarekiDate.format(l.extinguishedOn())));
                principal += i.principal();
                lateCharge += l.lateCharge();
                fee += i.dunningFee();
            }
            int totals = rows.size();
            rows.add(List.of("合計", w.lines().size() + "件", "", Yen.amount(principal), Yen.amount(lateCharge),
                    Yen.amount(fee), "", ""));
            sheet.table(NoticeSheet.MARGIN, columns, rows, 8.5f, totals);
            sheet.gap(6);
            sheet.line(NoticeSheet.RIGHT, BODY, "不納欠損額　" + Yen.of(principal + lateCharge + fee), Align.RIGHT);
            sheet.gap(10);
            sheet.small("・欠損理由の根拠: " + w.lines().stream()
                    .map(l -> l.reason() + "(" + orEmpty(l.article()) + ")").distinct()
                    .collect(Collectors.joining("、")) + "。");
            sheet.small("・出納閉鎖(5月31日、地方自治法第235条の5)"
                    + "までに当該年度の決算に計上すること。");
            sheet.gap(16);
            sheet.line(NoticeSheet.RIGHT, BODY, "決裁　" + w.approvedBy(), Align.RIGHT);
            return sheet.toBytes();
        }
    }
}
