package jp.lg.collection.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.rules.CollectionArticles;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * The notices (帳票) of the collection division as A4 PDFs in Japanese: one method per notice, each taking a
 * plain record, so the phases that issue them (written separately) only gather the facts. Dates are 和暦
 * (公用文), amounts integer yen with separators, the issuer is the mayor from {@code collection.city}.
 * Rendering only: storing is {@link DocumentRepository}'s, deciding when to issue is the delegates'.
 */
@Component
public class PdfNotices {

    /** 督促状 (地方税法329①, and 331① for what follows when it is not paid; the articles of each tax, {@link CollectionArticles}). */
    public record Dunning(Addressee to, String caseId, LocalDate issuedOn, List<NoticeLine> lines) {
        public Dunning {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            lines = Require.noNullElements("lines", lines);
        }
    }

    /** 催告書: a written reminder with a designated payment deadline (practice; not a disposition). */
    public record Reminder(Addressee to, String caseId, LocalDate issuedOn, int round, LocalDate payBy,
            List<NoticeLine> lines) {
        public Reminder {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("payBy", payBy);
            lines = Require.noNullElements("lines", lines);
        }
    }

    /**
     * 差押調書 (国税徴収法54, applied by 地方税法331⑥): what was seized, from whom, when and for which tax.
     *
     * @param assetKind        e.g. 預金債権, 給与債権, 不動産
     * @param thirdPartyDebtor 第三債務者 for a claim, else null
     * @param official         the 徴税吏員 who seized (signs the record)
     */
    public record SeizureRecord(Addressee delinquent, String caseId, LocalDate seizedOn, String assetKind,
            String assetDescription, String thirdPartyDebtor, long estimatedValue, String official,
            List<NoticeLine> lines) {
        public SeizureRecord {
            Require.notNull("delinquent", delinquent);
            Require.notNull("seizedOn", seizedOn);
            Require.notNull("assetDescription", assetDescription);
            lines = Require.noNullElements("lines", lines);
        }
    }

    /**
     * 債権差押通知書 to the third-party debtor (国税徴収法62①: the seizure of a claim takes effect when this
     * reaches the debtor; 62②: the debtor may no longer pay the delinquent taxpayer; 67: the city collects).
     */
    public record SeizureNotice(Addressee thirdPartyDebtor, Addressee delinquent, String caseId, LocalDate issuedOn,
            String seizedClaim, long seizedAmount, LocalDate payBy, List<NoticeLine> lines) {
        public SeizureNotice {
            Require.notNull("thirdPartyDebtor", thirdPartyDebtor);
            Require.notNull("delinquent", delinquent);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("seizedClaim", seizedClaim);
            Require.notNull("payBy", payBy);
            lines = Require.noNullElements("lines", lines);
        }
    }

    /** The grounds of 地方税法15の7①, by item number. */
    public enum SuspensionGround {
        NO_PROPERTY(1, "滞納処分をすることができる財産がないとき"),
        HARDSHIP(2, "滞納処分をすることによってその生活を著しく窮迫させるおそれがあるとき"),
        WHEREABOUTS_UNKNOWN(3, "その所在及び滞納処分をすることができる財産がともに不明であるとき");

        private final int item;
        private final String text;

        SuspensionGround(int item, String text) {
            this.item = item;
            this.text = text;
        }

        public int item() {
            return item;
        }

        public String text() {
            return text;
        }
    }

    /**
     * 滞納処分の執行停止通知書 (地方税法15の7②: the taxpayer is told of the stop).
     *
     * @param immediateExtinction the obligation is extinguished at once (同条⑤: no property and collection clearly
     *                            impossible) instead of after 3 years of suspension (同条④)
     */
    public record SuspensionNotice(Addressee to, String caseId, LocalDate issuedOn, LocalDate suspendedOn,
            SuspensionGround ground, boolean immediateExtinction, List<NoticeLine> lines) {
        public SuspensionNotice {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("suspendedOn", suspendedOn);
            Require.notNull("ground", ground);
            if (immediateExtinction && ground != SuspensionGround.NO_PROPERTY) {
                throw new IllegalArgumentException("immediateExtinction: 即時消滅は第1号(財産なし)の停止に限られます"
                        + "(地方税法第15条の7第5項)");
            }
            lines = Require.noNullElements("lines", lines);
        }

        /** A suspension that runs its 3 years (同条④). */
        public SuspensionNotice(Addressee to, String caseId, LocalDate issuedOn, LocalDate suspendedOn,
                SuspensionGround ground, List<NoticeLine> lines) {
            this(to, caseId, issuedOn, suspendedOn, ground, false, lines);
        }

        /** The ground by its item number of 法15の7① (1–3). */
        public static SuspensionGround groundOfItem(int item) {
            for (SuspensionGround g : SuspensionGround.values()) {
                if (g.item() == item) {
                    return g;
                }
            }
            throw new IllegalArgumentException("ground: 地方税法第15条の7第1項に第" + item + "号はありません");
        }
    }

    /** One creditor's line of a 配当計算書, in the order of priority. */
    public record Share(int order, String creditor, String claim, long claimAmount, long distributed) {
        public Share {
            Require.notNull("creditor", creditor);
            Require.notNegative("claimAmount", claimAmount);
            Require.notNegative("distributed", distributed);
            if (distributed > claimAmount) {
                throw new IllegalArgumentException("distributed: 配当額 (" + distributed + ") が債権額 ("
                        + claimAmount + ") を超えています");
            }
        }
    }

    /**
     * 配当計算書 (国税徴収法131: prepared and its copy sent before the delivery date 132; objections 133).
     * The remainder after the shares goes to the delinquent taxpayer (129③).
     */
    public record DistributionStatement(Addressee delinquent, String caseId, LocalDate preparedOn,
            LocalDate deliveryDate, String realizedProperty, long proceeds, List<Share> shares) {
        public DistributionStatement {
            Require.notNull("delinquent", delinquent);
            Require.notNull("preparedOn", preparedOn);
            Require.notNull("deliveryDate", deliveryDate);
            Require.notNull("realizedProperty", realizedProperty);
            Require.notNegative("proceeds", proceeds);
            shares = Require.noNullElements("shares", shares);
            long sum = shares.stream().mapToLong(Share::distributed).sum();
            if (sum > proceeds) {
                throw new IllegalArgumentException("shares: 配当額の合計 (" + sum + ") が換価代金等 (" + proceeds
                        + ") を超えています");
            }
        }

        public long remainder() {
            return proceeds - shares.stream().mapToLong(Share::distributed).sum();
        }
    }

    /** The sentence of 法331① that the brief and every city's 督促状 carry, word for word. */
    public static final String DUNNING_WARNING =
            "この督促状を発した日から起算して10日を経過した日までに完納されないときは、滞納処分を受けることになります。";

    private static final float BODY = 10;
    private static final float SMALL = 8.5f;

    private final CityProperties city;

    public PdfNotices(CityProperties city) {
        this.city = city;
    }

    public CityProperties city() {
        return city;
    }

    public byte[] dunning(Dunning d) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.DUNNING_NOTICE.label(), city.mayor())) {
            letterHead(sheet, d.to(), d.issuedOn(), d.caseId(), true);
            title(sheet, "督　促　状", null);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "下記の" + localTax()
                    + "が納期限までに納付されていませんので、" + cite(d.lines(), CollectionArticles::dunning) + "の規定により督促します。");
            sheet.gap(6);
            installments(sheet, d.lines(), d.issuedOn());
            sheet.gap(12);
            sheet.ensure(60);
            float top = sheet.y();
            sheet.gap(4);
            sheet.paragraph(PdfSheet.MARGIN + 8, PdfSheet.CONTENT_WIDTH - 16, 10.5f, DUNNING_WARNING);
            sheet.gap(4);
            sheet.box(PdfSheet.MARGIN, top, PdfSheet.CONTENT_WIDTH, top - sheet.y());
            sheet.gap(8);
            lateChargeClause(sheet, d.issuedOn(), d.lines());
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL,
                    "・納付が困難な事情があるときは、早めに下記までご相談ください。この督促状と行き違いに納付された場合はご容赦ください。");
            appealNotice(sheet, "この督促");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    public byte[] reminder(Reminder r) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.REMINDER_LETTER.label(), city.mayor())) {
            letterHead(sheet, r.to(), r.issuedOn(), r.caseId(), true);
            title(sheet, "催　告　書", "(第" + r.round() + "回)");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "さきに督促状をお送りしましたが、下記の"
                    + localTax() + "の納付が確認できません。下記の指定納付期限までに必ず納付してください。");
            sheet.gap(8);
            sheet.ensure(40);
            float top = sheet.y();
            sheet.line(PdfSheet.WIDTH / 2, 13, "指定納付期限　" + WarekiDate.format(r.payBy()), Align.CENTER);
            sheet.gap(2);
            sheet.box(PdfSheet.WIDTH / 2 - 130, top, 260, top - sheet.y());
            sheet.gap(10);
            installments(sheet, r.lines(), r.issuedOn());
            sheet.gap(10);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "指定納付期限までに納付がないときは、"
                    + cite(r.lines(), CollectionArticles::seizure) + "の規定により、預貯金・給与などの財産の差押えその他の滞納処分を行います。");
            sheet.gap(4);
            lateChargeClause(sheet, r.issuedOn(), r.lines());
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL,
                    "・一度に納付することが困難な事情があるときは、指定納付期限までに必ず下記までご相談ください。");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    public byte[] seizureRecord(SeizureRecord s) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.SEIZURE_RECORD.label(), city.mayor())) {
            sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(s.seizedOn()), Align.RIGHT);
            title(sheet, "差　押　調　書", "(謄本)");
            fields(sheet, List.of(
                    List.of("滞納者 住所", s.delinquent().address()),
                    List.of("滞納者 氏名", s.delinquent().name()),
                    List.of("宛名番号・案件番号", nz(s.delinquent().addresseeNo()) + "　" + nz(s.caseId())),
                    List.of("差押年月日", WarekiDate.format(s.seizedOn())),
                    List.of("差押財産の種類", nz(s.assetKind())),
                    List.of("差押財産", s.assetDescription()),
                    List.of("第三債務者", s.thirdPartyDebtor() == null ? "―" : s.thirdPartyDebtor()),
                    List.of("見積価額", Yen.of(s.estimatedValue()))));
            sheet.gap(10);
            sheet.line(PdfSheet.MARGIN, BODY, "差押えに係る滞納金額", Align.LEFT);
            installments(sheet, s.lines(), s.seizedOn());
            sheet.gap(10);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "上記のとおり、"
                    + cite(s.lines(), CollectionArticles::enforcementByExample) + "において"
                    + "準用する国税徴収法第54条の規定により、差押調書を作成する。");
            sheet.gap(16);
            sheet.line(PdfSheet.RIGHT, BODY, city.name() + " " + city.section(), Align.RIGHT);
            sheet.line(PdfSheet.RIGHT, BODY, "徴税吏員　" + nz(s.official()), Align.RIGHT);
            appealNotice(sheet, "この差押処分");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    public byte[] seizureNotice(SeizureNotice n) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.SEIZURE_NOTICE.label(), city.mayor())) {
            letterHead(sheet, n.thirdPartyDebtor(), n.issuedOn(), n.caseId(), false);
            title(sheet, "債　権　差　押　通　知　書", null);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "下記の滞納者の滞納金額を徴収するため、"
                    + "国税徴収法第62条第1項(" + cite(n.lines(), CollectionArticles::enforcementByExample)
                    + "において準用)の規定により、下記の債権を差し押さえたので通知します。");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "この通知書が送達された時から、"
                    + "差し押さえた債権について滞納者への弁済は禁止されます(同条第2項)。差し押さえた債権の額を、"
                    + "下記の履行期限までに" + city.name() + "に支払ってください(同法第67条)。");
            sheet.gap(8);
            fields(sheet, List.of(
                    List.of("滞納者 住所", n.delinquent().address()),
                    List.of("滞納者 氏名", n.delinquent().name()),
                    List.of("差押債権", n.seizedClaim()),
                    List.of("差押債権の額", Yen.of(n.seizedAmount())),
                    List.of("履行期限", WarekiDate.format(n.payBy()))));
            sheet.gap(10);
            sheet.line(PdfSheet.MARGIN, BODY, "滞納金額", Align.LEFT);
            installments(sheet, n.lines(), n.issuedOn());
            contact(sheet);
            return sheet.toBytes();
        }
    }

    public byte[] suspensionNotice(SuspensionNotice n) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.SUSPENSION_NOTICE.label(), city.mayor())) {
            letterHead(sheet, n.to(), n.issuedOn(), n.caseId(), true);
            title(sheet, "滞納処分の執行停止通知書", null);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "下記の" + localTax()
                    + "について、地方税法第15条の7第1項第" + n.ground().item() + "号の規定により滞納処分の執行を停止したので、"
                    + "同条第2項の規定により通知します。");
            sheet.gap(8);
            fields(sheet, List.of(
                    List.of("執行停止の日", WarekiDate.format(n.suspendedOn())),
                    List.of("執行停止の理由", "第" + n.ground().item() + "号　" + n.ground().text())));
            sheet.gap(10);
            installments(sheet, n.lines(), n.issuedOn());
            sheet.gap(10);
            if (n.immediateExtinction()) {
                sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "上記の" + localTax() + "は、徴収することが"
                        + "できないことが明らかであるため、地方税法第15条の7第5項の規定により、これを納付する義務を直ちに消滅させます。");
            } else {
                sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・執行の停止が3年間継続したときは、"
                        + "上記の" + localTax() + "を納付する義務は消滅します(地方税法第15条の7第4項)。");
            }
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・停止の期間に対応する延滞金は免除されます"
                    + "(同法第15条の9第1項)。停止の理由がなくなったときは、停止を取り消すことがあります(同法第15条の8第1項)。");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    public byte[] distributionStatement(DistributionStatement d) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.DISTRIBUTION_STATEMENT.label(), city.mayor())) {
            letterHead(sheet, d.delinquent(), d.preparedOn(), d.caseId(), true);
            title(sheet, "配　当　計　算　書", "(謄本)");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "国税徴収法第131条(地方税法第331条第6項"
                    + "において準用)の規定により、下記のとおり配当計算書を作成したので、その謄本を送付します。");
            sheet.gap(8);
            fields(sheet, List.of(
                    List.of("換価財産", d.realizedProperty()),
                    List.of("換価代金等の額", Yen.of(d.proceeds())),
                    List.of("交付期日", WarekiDate.format(d.deliveryDate()))));
            sheet.gap(10);
            List<Column> columns = List.of(new Column("順位", 30, Align.CENTER), new Column("債権者", 110, Align.LEFT),
                    new Column("債権の種類", 195, Align.LEFT), new Column("債権額", 80, Align.RIGHT),
                    new Column("配当額", 80, Align.RIGHT));
            List<List<String>> rows = new ArrayList<>();
            for (Share share : d.shares()) {
                rows.add(List.of(Integer.toString(share.order()), share.creditor(), nz(share.claim()),
                        Yen.amount(share.claimAmount()), Yen.amount(share.distributed())));
            }
            int totals = rows.size();
            rows.add(List.of("", "残余金(滞納者に交付)", "", "", Yen.amount(d.remainder())));
            rows.add(List.of("", "合計", "", Yen.amount(d.shares().stream().mapToLong(Share::claimAmount).sum()),
                    Yen.amount(d.proceeds())));
            sheet.table(PdfSheet.MARGIN, columns, rows, 9, totals);
            sheet.gap(10);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・この配当計算書に記載された金額に"
                    + "異議があるときは、交付期日までにその旨を申し出てください(国税徴収法第133条)。異議の申出がないときは、"
                    + "交付期日にこの計算書のとおり交付します。");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    /**
     * 公売公告 (国税徴収法95①, applied by 地方税法331⑥): published (掲示) at least 10 days before the auction day. It
     * names the property, not the delinquent taxpayer.
     *
     * @param property         公売財産: name, quantity, nature and location as the seizure describes it
     * @param estimatedPrice   見積価額 (徴98; for real estate published by 3 days before, 徴99)
     * @param place            公売の場所
     * @param deposit          公売保証金 (徴100)
     * @param saleDecisionDate 売却決定の日 (徴111, 113)
     * @param paymentDeadline  買受代金の納付の期限 (徴115①)
     */
    public record AuctionNotice(String caseId, LocalDate publishedOn, int round, String assetKind, String property,
            long estimatedPrice, LocalDate auctionDay, String place, long deposit, LocalDate saleDecisionDate,
            LocalDate paymentDeadline) {
        public AuctionNotice {
            Require.notNull("publishedOn", publishedOn);
            Require.notNull("property", property);
            Require.notNegative("estimatedPrice", estimatedPrice);
            Require.notNull("auctionDay", auctionDay);
            Require.notNegative("deposit", deposit);
            Require.notNull("saleDecisionDate", saleDecisionDate);
            Require.notNull("paymentDeadline", paymentDeadline);
            if (!auctionDay.isAfter(publishedOn)) {
                throw new IllegalArgumentException("auctionDay: 公売の日 (" + auctionDay + ") が公告の日 (" + publishedOn
                        + ") より後ではありません");
            }
        }
    }

    /**
     * One installment of a 不納欠損処分決議書: what was extinguished, apart, and why.
     *
     * @param reason  e.g. 時効
     * @param article e.g. 地方税法18条1項
     */
    public record WriteOffLine(NoticeLine installment, LocalDate extinguishedOn, String reason, String article,
            long lateCharge) {
        public WriteOffLine {
            Require.notNull("installment", installment);
            Require.notNull("reason", reason);
            Require.notNegative("lateCharge", lateCharge);
        }

        public long total() {
            return installment.principal() + installment.dunningFee() + lateCharge;
        }
    }

    /** 不納欠損処分決議書: the internal resolution that books extinguished installments off the accounts. */
    public record WriteOffResolution(Addressee delinquent, String caseId, LocalDate resolvedOn, String approvedBy,
            List<WriteOffLine> lines) {
        public WriteOffResolution {
            Require.notNull("delinquent", delinquent);
            Require.notNull("resolvedOn", resolvedOn);
            Require.notNull("approvedBy", approvedBy);
            lines = Require.noNullElements("lines", lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("lines: 不納欠損とする期別がありません");
            }
        }
    }

    /**
     * 再委託承認書 (番号法10①: a contractor may subcontract the handling of 特定個人情報 only with the city's
     * permission). Addressed to the contractor, not to a taxpayer.
     */
    public record SubcontractApproval(String requestId, LocalDate issuedOn, LocalDate requestedOn, String contractor,
            String subcontractor, String work, String dataItems, long recordCount, boolean includesMyNumber,
            String workLocation, String securityMeasures, LocalDate periodFrom, LocalDate periodTo,
            String conditions) {
        public SubcontractApproval {
            Require.notNull("requestId", requestId);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("requestedOn", requestedOn);
            Require.notNull("contractor", contractor);
            Require.notNull("subcontractor", subcontractor);
            Require.notNull("periodFrom", periodFrom);
            Require.notNull("periodTo", periodTo);
        }
    }

    /** The obligations of an approved subcontract, as the letter lists them (and the HTML version too). */
    public static final List<String> SUBCONTRACT_OBLIGATIONS = List.of(
            "再委託先からの作業報告書を毎週提出すること。",
            "契約及び管理ルールを遵守したことの宣誓書を毎月提出すること。",
            "市による監査及び実地検査に応じること。",
            "市の承認を得ない再々委託をしないこと。漏えい等の事案が発生し、又はそのおそれがあるときは、直ちに市に報告すること。",
            "再委託期間の終了後、提供した情報を消去し、消去結果報告書を提出すること。");

    public byte[] auctionNotice(AuctionNotice a) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.AUCTION_NOTICE.label(), city.mayor())) {
            sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(a.publishedOn()), Align.RIGHT);
            if (a.caseId() != null) {
                sheet.line(PdfSheet.RIGHT, SMALL, "案件番号 " + a.caseId(), Align.RIGHT);
            }
            sheet.gap(6);
            sheet.line(PdfSheet.RIGHT, 11, city.mayor(), Align.RIGHT);
            title(sheet, "公　売　公　告", "(第" + a.round() + "回)");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "地方税法第331条第6項において準用する"
                    + "国税徴収法第95条第1項の規定により、滞納処分により差し押さえた下記の財産を公売に付するので、公告します。");
            sheet.gap(8);
            fields(sheet, List.of(
                    List.of("公売財産の種類", nz(a.assetKind())),
                    List.of("公売財産", a.property()),
                    List.of("見積価額", Yen.of(a.estimatedPrice())),
                    List.of("公売の方法", "入札(期日入札)"),
                    List.of("公売の日", WarekiDate.format(a.auctionDay())),
                    List.of("公売の場所", a.place() == null || a.place().isBlank() ? cityHall() : a.place()),
                    List.of("公売保証金", Yen.of(a.deposit())),
                    List.of("売却決定の日", WarekiDate.format(a.saleDecisionDate())),
                    List.of("買受代金の納付の期限", WarekiDate.format(a.paymentDeadline()))));
            sheet.gap(10);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・入札をしようとする者は、入札前に上記の"
                    + "公売保証金を納付してください(国税徴収法第100条)。見積価額に達しない入札は無効です。");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・最高価申込者に対し、売却決定の日に売却決定を"
                    + "行います。買受人は、買受代金を納付の期限までに全額納付してください。期限までに納付がないときは、"
                    + "売却決定を取り消し、公売保証金は返還しません(国税徴収法第115条第4項、第100条第3項)。");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・滞納者は、買受人となることができません"
                    + "(国税徴収法第92条)。公売財産に係る権利の移転について制限があるときは、その内容に従います。");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    public byte[] writeOffResolution(WriteOffResolution w) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.WRITE_OFF_RESOLUTION.label(), city.mayor())) {
            sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(w.resolvedOn()), Align.RIGHT);
            if (w.caseId() != null) {
                sheet.line(PdfSheet.RIGHT, SMALL, "案件番号 " + w.caseId(), Align.RIGHT);
            }
            title(sheet, "不　納　欠　損　処　分　決　議　書", null);
            fields(sheet, List.of(
                    List.of("滞納者 住所", nz(w.delinquent().address())),
                    List.of("滞納者 氏名", nz(w.delinquent().name())),
                    List.of("宛名番号", nz(w.delinquent().addresseeNo())),
                    List.of("決裁者", w.approvedBy()),
                    List.of("所管", city.name() + " " + city.section())));
            sheet.gap(10);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "下記の" + localTax() + "は、それぞれ記載の"
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
            for (WriteOffLine l : w.lines()) {
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
            sheet.table(PdfSheet.MARGIN, columns, rows, 8.5f, totals);
            sheet.gap(6);
            sheet.line(PdfSheet.RIGHT, BODY, "不納欠損額　" + Yen.of(principal + lateCharge + fee), Align.RIGHT);
            sheet.gap(10);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・欠損理由の根拠: " + w.lines().stream()
                    .map(l -> l.reason() + "(" + nz(l.article()) + ")").distinct()
                    .collect(java.util.stream.Collectors.joining("、")) + "。");
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・出納閉鎖(5月31日、地方自治法第235条の5)"
                    + "までに当該年度の決算に計上すること。");
            sheet.gap(16);
            sheet.line(PdfSheet.RIGHT, BODY, "決裁　" + w.approvedBy(), Align.RIGHT);
            return sheet.toBytes();
        }
    }

    public byte[] subcontractApproval(SubcontractApproval a) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.SUBCONTRACT_APPROVAL.label(), city.mayor())) {
            sheet.line(PdfSheet.RIGHT, BODY, a.requestId(), Align.RIGHT);
            sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(a.issuedOn()), Align.RIGHT);
            sheet.gap(6);
            sheet.line(PdfSheet.MARGIN, 13, a.contractor() + "　様", Align.LEFT);
            sheet.gap(4);
            sheet.line(PdfSheet.RIGHT, 11, city.mayor(), Align.RIGHT);
            title(sheet, "再　委　託　承　認　書", null);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, WarekiDate.format(a.requestedOn())
                    + "付けで申請のあった業務の再委託について、行政手続における特定の個人を識別するための番号の利用等に関する法律"
                    + "第10条第1項及び契約書の規定に基づき、下記のとおり承認します。");
            sheet.gap(4);
            sheet.line(PdfSheet.WIDTH / 2, BODY, "記", Align.CENTER);
            sheet.gap(4);
            List<List<String>> items = List.of(
                    List.of("再委託先", a.subcontractor()),
                    List.of("再委託する業務", nz(a.work())),
                    List.of("取り扱う情報の項目", nz(a.dataItems())),
                    List.of("件数", Yen.amount(a.recordCount()) + "件"),
                    List.of("特定個人情報", a.includesMyNumber() ? "含む" : "含まない"),
                    List.of("作業場所", nz(a.workLocation())),
                    List.of("安全管理措置", nz(a.securityMeasures())),
                    List.of("再委託期間", WarekiDate.format(a.periodFrom()) + "から" + WarekiDate.format(a.periodTo())
                            + "まで"),
                    List.of("承認の条件", a.conditions() == null || a.conditions().isBlank() ? "なし" : a.conditions()));
            int n = 1;
            for (List<String> item : items) {
                sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, n++ + "　" + item.get(0));
                for (String part : item.get(1).split("\\R")) {
                    sheet.paragraph(PdfSheet.MARGIN + 20, PdfSheet.CONTENT_WIDTH - 20, BODY, part);
                }
                sheet.gap(2);
            }
            sheet.gap(8);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "再委託期間中は、次の事項を遵守してください。");
            int i = 1;
            for (String obligation : SUBCONTRACT_OBLIGATIONS) {
                sheet.paragraph(PdfSheet.MARGIN + 10, PdfSheet.CONTENT_WIDTH - 10, BODY, "(" + i++ + ") " + obligation);
            }
            contact(sheet);
            return sheet.toBytes();
        }
    }

    /** 納税証明書 rows are prepared by the certificate service; the layout lives here with the others. */
    public record CertificateRow(String taxItem, long assessed, long paid, long unpaid) {
    }

    /**
     * 納税証明書. {@code rows} null means a certificate of no delinquency (滞納がないことの証明).
     *
     * @param fiscalYear the year certified (賦課年度), null for the no-delinquency certificate
     */
    public byte[] certificate(Addressee to, LocalDate issuedOn, Integer fiscalYear, List<CertificateRow> rows,
            String purpose) {
        try (PdfSheet sheet = new PdfSheet(DocumentKind.TAX_CERTIFICATE.label(), city.mayor())) {
            sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(issuedOn), Align.RIGHT);
            title(sheet, "納　税　証　明　書", rows == null ? "(滞納がないことの証明)" : "(" + NoticeLine.fiscalYearLabel(fiscalYear) + ")");
            fields(sheet, List.of(
                    List.of("住所", to.address()),
                    List.of("氏名", to.name()),
                    List.of("宛名番号", nz(to.addresseeNo())),
                    List.of("使用目的", purpose == null || purpose.isBlank() ? "―" : purpose)));
            sheet.gap(12);
            if (rows == null) {
                sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, 11, "上記の者について、"
                        + WarekiDate.format(issuedOn) + "現在、納期限の到来した" + localTax() + "に滞納がないことを証明します。");
            } else {
                List<Column> columns = List.of(new Column("年度", 60, Align.CENTER), new Column("税目", 165, Align.LEFT),
                        new Column("税額", 90, Align.RIGHT), new Column("納付済額", 90, Align.RIGHT),
                        new Column("未納額", 90, Align.RIGHT));
                List<List<String>> table = new ArrayList<>();
                for (CertificateRow row : rows) {
                    table.add(List.of(NoticeLine.fiscalYearLabel(fiscalYear), row.taxItem(), Yen.amount(row.assessed()),
                            Yen.amount(row.paid()), Yen.amount(row.unpaid())));
                }
                int totals = table.size();
                table.add(List.of("合計", "", Yen.amount(rows.stream().mapToLong(CertificateRow::assessed).sum()),
                        Yen.amount(rows.stream().mapToLong(CertificateRow::paid).sum()),
                        Yen.amount(rows.stream().mapToLong(CertificateRow::unpaid).sum())));
                sheet.table(PdfSheet.MARGIN, columns, table, 9.5f, totals);
                sheet.gap(12);
                sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, 11, "上記のとおり、"
                        + WarekiDate.format(issuedOn) + "現在の納税額等を証明します。");
            }
            sheet.gap(24);
            sheet.line(PdfSheet.RIGHT, 12, city.mayor(), Align.RIGHT);
            sheet.gap(20);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・納付済額は、" + WarekiDate.format(issuedOn)
                    + "までに収納を確認した額です。金融機関等で納付された直後は反映されていないことがあります。");
            contact(sheet);
            return sheet.toBytes();
        }
    }

    // ---- parts shared by the notices ----

    /** The addressee block (window envelope, top left), the date and the issuer (top right). */
    private void letterHead(PdfSheet sheet, Addressee to, LocalDate issuedOn, String caseId, boolean person) {
        float top = sheet.y();
        sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(issuedOn), Align.RIGHT);
        if (caseId != null) {
            sheet.line(PdfSheet.RIGHT, SMALL, "案件番号 " + caseId, Align.RIGHT);
        }
        sheet.gap(6);
        sheet.line(PdfSheet.RIGHT, 11, city.mayor(), Align.RIGHT);
        sheet.line(PdfSheet.RIGHT, SMALL, "(担当 " + city.section() + ")", Align.RIGHT);
        float right = sheet.y();

        sheet.moveTo(top);
        sheet.line(PdfSheet.MARGIN, BODY, to.postalLine(), Align.LEFT);
        for (String line : sheet.wrap(nz(to.address()), BODY, 260)) {
            sheet.line(PdfSheet.MARGIN, BODY, line, Align.LEFT);
        }
        sheet.gap(4);
        sheet.line(PdfSheet.MARGIN, 13, nz(to.name()) + (person ? "　様" : "　御中"), Align.LEFT);
        if (to.addresseeNo() != null) {
            sheet.line(PdfSheet.MARGIN, SMALL, "宛名番号 " + to.addresseeNo(), Align.LEFT);
        }
        sheet.moveTo(Math.min(right, sheet.y()));
        sheet.gap(14);
    }

    private void title(PdfSheet sheet, String title, String subtitle) {
        sheet.gap(6);
        sheet.line(PdfSheet.WIDTH / 2, 20, title, Align.CENTER);
        if (subtitle != null) {
            sheet.line(PdfSheet.WIDTH / 2, BODY, subtitle, Align.CENTER);
        }
        sheet.gap(10);
    }

    /** The installments table: 年度・税目・期別・通知書番号・納期限・本税・督促手数料・延滞金, with totals. */
    private void installments(PdfSheet sheet, List<NoticeLine> lines, LocalDate asOf) {
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
            rows.add(List.of(l.fiscalYearLabel(), l.taxItem(), "第" + l.installment() + "期", nz(l.noticeNo()),
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
        sheet.table(PdfSheet.MARGIN, columns, rows, 8.5f, totalsFrom);
        sheet.gap(6);
        sheet.line(PdfSheet.RIGHT, BODY, "納付すべき額(本税・督促手数料)　" + Yen.of(principal + fee), Align.RIGHT);
        sheet.line(PdfSheet.RIGHT, BODY, "延滞金(" + WarekiDate.format(asOf) + "現在)　" + Yen.of(lateCharge)
                + (pending ? "(一部は納付日に計算)" : ""), Align.RIGHT);
    }

    /** 法326①: the late charge runs to the day of payment, so a notice can only state it as of its date. */
    private void lateChargeClause(PdfSheet sheet, LocalDate asOf, List<NoticeLine> lines) {
        sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・延滞金は、納期限の翌日から納付の日までの"
                + "期間の日数に応じ、" + cite(lines, CollectionArticles::lateCharge) + "の規定により計算した額を本税と併せて納付していただきます。"
                + "表の延滞金は" + WarekiDate.format(asOf) + "まで計算した額で、実際の額は納付の日によって異なります"
                + "(1,000円未満は納付不要、100円未満切捨て)。");
    }

    /**
     * The article of every tax the paper's installments belong to ({@link CollectionArticles}): a 固定資産税 paper
     * cites 法371・373, not the 市町村民税 articles.
     */
    private static String cite(List<NoticeLine> lines, java.util.function.Function<CollectionArticles, String> article) {
        List<CollectionArticles> taxes = lines.stream().map(l -> TaxItem.ofLabel(l.taxItem()).articles()).toList();
        return CollectionArticles.cite(taxes.isEmpty() ? List.of(CollectionArticles.MUNICIPAL_INHABITANT_TAX) : taxes,
                article);
    }

    /** 教示 (行政不服審査法82①, 行政事件訴訟法46①); 地方税法19の12: review first, then court. */
    private void appealNotice(PdfSheet sheet, String disposition) {
        sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・" + disposition + "に不服があるときは、"
                + "この処分があったことを知った日の翌日から起算して3月以内に、" + mayorTitle()
                + "に対して審査請求をすることができます。処分の取消しの訴えは、審査請求に対する裁決があったことを知った日の翌日から"
                + "起算して6月以内に、" + city.name() + "を被告として(訴訟において" + city.name() + "を代表する者は"
                + mayorTitle() + "となります。)提起することができます(地方税法第19条の12)。");
    }

    private void contact(PdfSheet sheet) {
        sheet.gap(10);
        sheet.ensure(40);
        sheet.rule();
        sheet.gap(2);
        sheet.line(PdfSheet.MARGIN, SMALL, "お問い合わせ先　" + city.contact(), Align.LEFT);
        String where = (city.postalCode().isBlank() ? "" : "〒" + city.postalCode() + " ") + city.address();
        if (!where.isBlank()) {
            sheet.line(PdfSheet.MARGIN, SMALL, "　　　　　　　　" + where, Align.LEFT);
        }
    }

    /**
     * Key–value table for the facts of a disposition. A value too long for its cell goes on over continuation
     * rows (blank label) instead of shrinking below legibility.
     */
    private static void fields(PdfSheet sheet, List<List<String>> rows) {
        float size = 9.5f;
        float valueWidth = PdfSheet.CONTENT_WIDTH - 120;
        List<Column> columns = List.of(new Column("項目", 120, Align.LEFT), new Column("内容", valueWidth, Align.LEFT));
        List<List<String>> wrapped = new ArrayList<>();
        for (List<String> row : rows) {
            String value = nz(row.get(1));
            if (!value.contains("\n") && sheet.width(value, size) <= valueWidth - 6) {
                wrapped.add(List.of(row.get(0), value));
                continue;
            }
            List<String> parts = sheet.wrap(value, size, valueWidth - 8);
            for (int i = 0; i < parts.size(); i++) {
                wrapped.add(List.of(i == 0 ? row.get(0) : "", parts.get(i)));
            }
        }
        sheet.table(PdfSheet.MARGIN, columns, wrapped, size, -1);
    }

    /** 市税 / 町税 / 村税: what the city's own taxes are called. */
    private String localTax() {
        String name = city.name();
        char last = name.isEmpty() ? '市' : name.charAt(name.length() - 1);
        return (last == '町' || last == '村' || last == '区' ? last : '市') + "税";
    }

    /** "熊谷市役所 (埼玉県熊谷市宮町二丁目47番地1)": where an auction is held unless the city names a place. */
    private String cityHall() {
        String name = city.name();
        char last = name.isEmpty() ? '市' : name.charAt(name.length() - 1);
        String hall = name + (last == '町' || last == '村' ? "役場" : "役所");
        return city.address().isBlank() ? hall : hall + " (" + city.address() + ")";
    }

    /** "熊谷市長 熊谷 一郎" → "熊谷市長": the title names the reviewing authority. */
    private String mayorTitle() {
        String mayor = city.mayor().trim();
        int space = mayor.indexOf(' ') >= 0 ? mayor.indexOf(' ') : mayor.indexOf('　');
        return space > 0 ? mayor.substring(0, space) : mayor;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
