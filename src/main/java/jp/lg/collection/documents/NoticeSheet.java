package jp.lg.collection.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.rules.CollectionArticles;
import jp.lg.collection.rules.WarekiDate;

/**
 * A paper of the collection division being written: the {@link PdfSheet} of one {@link DocumentKind}, issued in
 * the name of the mayor of {@code city}, with the parts every paper shares — the letterhead, the title, the
 * installments table, the late-charge clause, the 教示文, the contact line and the key–value table of a
 * disposition's facts. Dates are 和暦 (公用文), amounts integer yen with separators ({@link Yen}). Each paper
 * (督促状, 催告書, …) lives with the procedure that issues it and writes only what is its own.
 */
public class NoticeSheet extends PdfSheet {

    /** Body text, points. */
    public static final float BODY = 10;
    /** Small print (clauses, the contact line), points. */
    public static final float SMALL = 8.5f;

    private final CityProperties city;

    public NoticeSheet(DocumentKind kind, CityProperties city) {
        super(kind.label(), city.mayor());
        this.city = city;
    }

    /** A paper whose title is its own, e.g. the 照会書 named after the institution it goes to. */
    public NoticeSheet(String title, CityProperties city) {
        super(title, city.mayor());
        this.city = city;
    }

    public CityProperties city() {
        return city;
    }

    /** The addressee block (window envelope, top left), the date and the issuer (top right). */
    public void letterHead(Addressee to, LocalDate issuedOn, String caseId, boolean person) {
        float top = y();
        line(RIGHT, BODY, WarekiDate.format(issuedOn), Align.RIGHT);
        if (caseId != null) {
            line(RIGHT, SMALL, "案件番号 " + caseId, Align.RIGHT);
        }
        gap(6);
        line(RIGHT, 11, city.mayor(), Align.RIGHT);
        line(RIGHT, SMALL, "(担当 " + city.section() + ")", Align.RIGHT);
        float right = y();

        moveTo(top);
        line(MARGIN, BODY, to.postalLine(), Align.LEFT);
        for (String part : wrap(orEmpty(to.address()), BODY, 260)) {
            line(MARGIN, BODY, part, Align.LEFT);
        }
        gap(4);
        line(MARGIN, 13, orEmpty(to.name()) + (person ? "　様" : "　御中"), Align.LEFT);
        if (to.addresseeNo() != null) {
            line(MARGIN, SMALL, "宛名番号 " + to.addresseeNo(), Align.LEFT);
        }
        moveTo(Math.min(right, y()));
        gap(14);
    }

    public void title(String title, String subtitle) {
        gap(6);
        line(WIDTH / 2, 20, title, Align.CENTER);
        if (subtitle != null) {
            line(WIDTH / 2, BODY, subtitle, Align.CENTER);
        }
        gap(10);
    }

    /** A paragraph of body text across the content width. */
    public void body(String text) {
        paragraph(MARGIN, CONTENT_WIDTH, BODY, text);
    }

    /** A paragraph of small print across the content width. */
    public void small(String text) {
        paragraph(MARGIN, CONTENT_WIDTH, SMALL, text);
    }

    /** The installments table: 年度・税目・期別・通知書番号・納期限・本税・督促手数料・延滞金, with totals. */
    public void installments(List<NoticeLine> lines, LocalDate asOf) {
        List<Column> columns = List.of(new Column("年度", 52, Align.CENTER), new Column("税目", 108, Align.LEFT),
                new Column("期別", 30, Align.CENTER), new Column("通知書番号", 62, Align.CENTER),
                new Column("納期限", 73, Align.CENTER), new Column("本税", 58, Align.RIGHT),
                new Column("督促手数料", 50, Align.RIGHT), new Column("延滞金", 62, Align.RIGHT));
        List<List<String>> rows = new ArrayList<>();
        long principal = 0;
        long fee = 0;
        long lateCharge = 0;
        boolean pending = false;
        for (NoticeLine l : lines) {
            rows.add(List.of(l.fiscalYearLabel(), l.taxItem(), "第" + l.installment() + "期", orEmpty(l.noticeNo()),
                    WarekiDate.format(l.dueDate()), Yen.amount(l.principal()), Yen.amount(l.dunningFee()),
                    l.lateCharge() == null ? "納付日に計算" : Yen.amount(l.lateCharge())));
            principal += l.principal();
            fee += l.dunningFee();
            lateCharge += l.lateCharge() == null ? 0 : l.lateCharge();
            pending |= l.lateCharge() == null;
        }
        int totalsFrom = rows.size();
        rows.add(List.of("合計", lines.size() + "件", "", "", "", Yen.amount(principal), Yen.amount(fee),
                Yen.amount(lateCharge) + (pending ? "+" : "")));
        table(MARGIN, columns, rows, 8.5f, totalsFrom);
        gap(6);
        line(RIGHT, BODY, "納付すべき額(本税・督促手数料)　" + Yen.of(principal + fee), Align.RIGHT);
        line(RIGHT, BODY, "延滞金(" + WarekiDate.format(asOf) + "現在)　" + Yen.of(lateCharge)
                + (pending ? "(一部は納付日に計算)" : ""), Align.RIGHT);
    }

    /** 法326①: the late charge runs to the day of payment, so a notice can only state it as of its date. */
    public void lateChargeClause(LocalDate asOf, List<NoticeLine> lines) {
        small("・延滞金は、納期限の翌日から納付の日までの"
                + "期間の日数に応じ、" + cite(lines, CollectionArticles::lateCharge) + "の規定により計算した額を本税と併せて納付していただきます。"
                + "表の延滞金は" + WarekiDate.format(asOf) + "まで計算した額で、実際の額は納付の日によって異なります"
                + "(1,000円未満は納付不要、100円未満切捨て)。");
    }

    /**
     * The article of every tax the paper's installments belong to ({@link CollectionArticles}): a 固定資産税 paper
     * cites 法371・373, not the 市町村民税 articles.
     */
    public static String cite(List<NoticeLine> lines, java.util.function.Function<CollectionArticles, String> article) {
        List<CollectionArticles> taxes = lines.stream().map(l -> TaxItem.ofLabel(l.taxItem()).articles()).toList();
        return CollectionArticles.cite(taxes.isEmpty() ? List.of(CollectionArticles.MUNICIPAL_INHABITANT_TAX) : taxes,
                article);
    }

    /**
     * The 滞納処分の例 article (e.g. 地方税法第373条第7項 for 固定資産税) of the taxes a paper without installment lines
     * concerns — 公売公告, 配当計算書; null when none is known.
     */
    public static String enforcementArticleOf(List<TaxItem> taxes) {
        return taxes.isEmpty() ? null
                : CollectionArticles.cite(taxes.stream().map(TaxItem::articles).toList(),
                        CollectionArticles::enforcementByExample);
    }

    /** The article as stored with the paper, or the 市町村民税's (法331⑥) for a paper queued without one. */
    public static String enforcementArticle(String article) {
        return article != null ? article
                : CollectionArticles.cite(List.of(CollectionArticles.MUNICIPAL_INHABITANT_TAX),
                        CollectionArticles::enforcementByExample);
    }

    /** 教示 (行政不服審査法82①, 行政事件訴訟法46①); 地方税法19の12: review first, then court. */
    public void appealNotice(String disposition) {
        small("・" + disposition + "に不服があるときは、"
                + "この処分があったことを知った日の翌日から起算して3月以内に、" + mayorTitle()
                + "に対して審査請求をすることができます。処分の取消しの訴えは、審査請求に対する裁決があったことを知った日の翌日から"
                + "起算して6月以内に、" + city.name() + "を被告として(訴訟において" + city.name() + "を代表する者は"
                + mayorTitle() + "となります。)提起することができます(地方税法第19条の12)。");
    }

    /** The foot of a paper: where the taxpayer asks. */
    public void contact() {
        gap(10);
        ensure(40);
        rule();
        gap(2);
        line(MARGIN, SMALL, "お問い合わせ先　" + city.contact(), Align.LEFT);
        String where = (city.postalCode().isBlank() ? "" : "〒" + city.postalCode() + " ") + city.address();
        if (!where.isBlank()) {
            line(MARGIN, SMALL, "　　　　　　　　" + where, Align.LEFT);
        }
    }

    /**
     * Key–value table for the facts of a disposition. A value too long for its cell goes on over continuation
     * rows (blank label) instead of shrinking below legibility.
     */
    public void fields(List<List<String>> rows) {
        float size = 9.5f;
        float valueWidth = CONTENT_WIDTH - 120;
        List<Column> columns = List.of(new Column("項目", 120, Align.LEFT), new Column("内容", valueWidth, Align.LEFT));
        List<List<String>> wrapped = new ArrayList<>();
        for (List<String> row : rows) {
            String value = orEmpty(row.get(1));
            if (!value.contains("\n") && width(value, size) <= valueWidth - 6) {
                wrapped.add(List.of(row.get(0), value));
                continue;
            }
            List<String> parts = wrap(value, size, valueWidth - 8);
            for (int i = 0; i < parts.size(); i++) {
                wrapped.add(List.of(i == 0 ? row.get(0) : "", parts.get(i)));
            }
        }
        table(MARGIN, columns, wrapped, size, -1);
    }

    /** 市税 / 町税 / 村税: what the city's own taxes are called. */
    public String localTax() {
        String name = city.name();
        char last = name.isEmpty() ? '市' : name.charAt(name.length() - 1);
        return (last == '町' || last == '村' || last == '区' ? last : '市') + "税";
    }

    /** "熊谷市役所 (埼玉県熊谷市宮町二丁目47番地1)": where an auction is held unless the city names a place. */
    public String cityHall() {
        String name = city.name();
        char last = name.isEmpty() ? '市' : name.charAt(name.length() - 1);
        String hall = name + (last == '町' || last == '村' ? "役場" : "役所");
        return city.address().isBlank() ? hall : hall + " (" + city.address() + ")";
    }

    /** "熊谷市長 熊谷 一郎" → "熊谷市長": the title names the reviewing authority. */
    String mayorTitle() {
        String mayor = city.mayor().trim();
        int space = mayor.indexOf(' ') >= 0 ? mayor.indexOf(' ') : mayor.indexOf('　');
        return space > 0 ? mayor.substring(0, space) : mayor;
    }

    /** Null prints as nothing. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
