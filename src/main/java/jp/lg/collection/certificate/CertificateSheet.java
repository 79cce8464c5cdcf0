package jp.lg.collection.certificate;

import static jp.lg.collection.documents.NoticeSheet.BODY;
import static jp.lg.collection.documents.NoticeSheet.SMALL;
import static jp.lg.collection.documents.NoticeSheet.orEmpty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 納税証明書 as printed by {@link TaxCertificates}: handed over at the counter, so rendered at once in the name of
 * the city as configured now (not queued for the print batch).
 */
@Component
public class CertificateSheet {

    /** One tax item of the certified year: assessed, paid and still unpaid. */
    public record Row(String taxItem, long assessed, long paid, long unpaid) {
    }

    private final CityProperties city;

    public CertificateSheet(CityProperties city) {
        this.city = city;
    }

    /**
     * 納税証明書. {@code rows} null means a certificate of no delinquency (滞納がないことの証明).
     *
     * @param fiscalYear the year certified (賦課年度), null for the no-delinquency certificate
     */
    public byte[] render(Addressee to, LocalDate issuedOn, Integer fiscalYear, List<Row> rows, String purpose) {
        try (NoticeSheet sheet = new NoticeSheet(DocumentKind.TAX_CERTIFICATE, city)) {
            sheet.line(NoticeSheet.RIGHT, BODY, WarekiDate.format(issuedOn), Align.RIGHT);
            sheet.title("納　税　証　明　書", rows == null ? "(滞納がないことの証明)"
                    : "(" + NoticeLine.fiscalYearLabel(fiscalYear) + ")");
            sheet.fields(List.of(
                    List.of("住所", to.address()),
                    List.of("氏名", to.name()),
                    List.of("宛名番号", orEmpty(to.addresseeNo())),
                    List.of("使用目的", purpose == null || purpose.isBlank() ? "―" : purpose)));
            sheet.gap(12);
            if (rows == null) {
                sheet.paragraph(NoticeSheet.MARGIN, NoticeSheet.CONTENT_WIDTH, 11, "上記の者について、"
                        + WarekiDate.format(issuedOn) + "現在、納期限の到来した" + sheet.localTax() + "に滞納がないことを証明します。");
            } else {
                List<Column> columns = List.of(new Column("年度", 60, Align.CENTER), new Column("税目", 165, Align.LEFT),
                        new Column("税額", 90, Align.RIGHT), new Column("納付済額", 90, Align.RIGHT),
                        new Column("未納額", 90, Align.RIGHT));
                List<List<String>> table = new ArrayList<>();
                for (Row row : rows) {
                    table.add(List.of(NoticeLine.fiscalYearLabel(fiscalYear), row.taxItem(), Yen.amount(row.assessed()),
                            Yen.amount(row.paid()), Yen.amount(row.unpaid())));
                }
                int totals = table.size();
                table.add(List.of("合計", "", Yen.amount(rows.stream().mapToLong(Row::assessed).sum()),
                        Yen.amount(rows.stream().mapToLong(Row::paid).sum()),
                        Yen.amount(rows.stream().mapToLong(Row::unpaid).sum())));
                sheet.table(NoticeSheet.MARGIN, columns, table, 9.5f, totals);
                sheet.gap(12);
                sheet.paragraph(NoticeSheet.MARGIN, NoticeSheet.CONTENT_WIDTH, 11, "上記のとおり、"
                        + WarekiDate.format(issuedOn) + "現在の納税額等を証明します。");
            }
            sheet.gap(24);
            sheet.line(NoticeSheet.RIGHT, 12, city.mayor(), Align.RIGHT);
            sheet.gap(20);
            sheet.small("・納付済額は、" + WarekiDate.format(issuedOn)
                    + "までに収納を確認した額です。金融機関等で納付された直後は反映されていないことがあります。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
