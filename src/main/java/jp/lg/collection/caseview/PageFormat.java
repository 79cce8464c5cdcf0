package jp.lg.collection.caseview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;

/**
 * How the pages print values, for the templates ({@code ${f.date(b.dueDate)}}): dates in 和暦 with the
 * Western date beside them, amounts with separators, times in Tokyo. Escaping is the template's (th:text).
 */
public final class PageFormat {

    static final PageFormat INSTANCE = new PageFormat();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PageFormat() {
    }

    /** "R8.5.31 (2026-05-31)"; "" for none. */
    public String date(LocalDate d) {
        return d == null ? "" : WarekiDate.formatShort(d) + " (" + d + ")";
    }

    /** "令和8年5月31日", as on paper. */
    public String wareki(LocalDate d) {
        return d == null ? "" : WarekiDate.format(d);
    }

    /** "2026-06-20 09:00". */
    public String dateTime(LocalDateTime t) {
        return t == null ? "" : t.toLocalDate() + " " + TIME.format(t);
    }

    /** An engine timestamp in Tokyo time. */
    public String dateTime(Date date) {
        return date == null ? "" : dateTime(date.toInstant().atZone(Today.TOKYO).toLocalDateTime());
    }

    /** "令和8年度". */
    public String fiscalYear(int year) {
        return NoticeLine.fiscalYearLabel(year);
    }

    /** "58,000". */
    public String yen(long amount) {
        return Yen.amount(amount);
    }

    /** "58,000円". */
    public String yenOf(long amount) {
        return Yen.of(amount);
    }

    /** Stored free text (the negotiation log) with its amounts as printed. */
    public String text(String text) {
        return text == null ? "" : Yen.inText(text);
    }

    /** "〒360-0041 " or "". */
    public String postal(String code) {
        String line = new Addressee(null, code, null, null).postalLine();
        return line.isEmpty() ? "" : line + " ";
    }

    /** "tel:0485000001" for a link that dials. */
    public String tel(String number) {
        return "tel:" + number.replaceAll("[^0-9+]", "");
    }

    /** "34 KB", or 印刷待ち while the print batch has not made the PDF yet (the link makes it at once). */
    public String size(StoredDocument d) {
        if (d.queued()) {
            return d.renderFailed() ? "印刷待ち(作成エラー)" : "印刷待ち";
        }
        return Math.max(1, d.size() / 1024) + " KB";
    }

    /** "―" for a value not recorded. */
    public String orDash(String value) {
        return value == null || value.isBlank() ? "―" : value;
    }
}
