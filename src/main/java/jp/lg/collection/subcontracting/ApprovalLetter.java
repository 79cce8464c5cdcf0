package jp.lg.collection.subcontracting;

import static jp.lg.collection.documents.NoticeSheet.BODY;
import static jp.lg.collection.documents.NoticeSheet.orEmpty;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 再委託承認書 (番号法10①: a contractor may subcontract the handling of 特定個人情報 only with the city's
 * permission), the PDF sent to the contractor by {@link IssueApprovalDocument}. Addressed to the contractor, not
 * to a taxpayer, so it is kept with the register row and not queued with the taxpayers' notices; it is
 * rendered at once in the name of the city as configured now.
 */
@Component
public class ApprovalLetter {

    /** The obligations of an approved subcontract, as the letter lists them (and the HTML version too). */
    public static final List<String> OBLIGATIONS = List.of(
            "再委託先からの作業報告書を毎週提出すること。",
            "契約及び管理ルールを遵守したことの宣誓書を毎月提出すること。",
            "市による監査及び実地検査に応じること。",
            "市の承認を得ない再々委託をしないこと。漏えい等の事案が発生し、又はそのおそれがあるときは、直ちに市に報告すること。",
            "再委託期間の終了後、提供した情報を消去し、消去結果報告書を提出すること。");

    /** What the 再委託承認書 says: the request as approved and its conditions. */
    public record Content(String requestId, LocalDate issuedOn, LocalDate requestedOn, String contractor,
            String subcontractor, String work, String dataItems, long recordCount, boolean includesMyNumber,
            String workLocation, String securityMeasures, LocalDate periodFrom, LocalDate periodTo,
            String conditions) {
        public Content {
            Require.notNull("requestId", requestId);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("requestedOn", requestedOn);
            Require.notNull("contractor", contractor);
            Require.notNull("subcontractor", subcontractor);
            Require.notNull("periodFrom", periodFrom);
            Require.notNull("periodTo", periodTo);
        }
    }

    private final CityProperties city;

    public ApprovalLetter(CityProperties city) {
        this.city = city;
    }

    public byte[] render(Content a) {
        try (NoticeSheet sheet = new NoticeSheet(DocumentKind.SUBCONTRACT_APPROVAL, city)) {
            sheet.line(NoticeSheet.RIGHT, BODY, a.requestId(), Align.RIGHT);
            sheet.line(NoticeSheet.RIGHT, BODY, WarekiDate.format(a.issuedOn()), Align.RIGHT);
            sheet.gap(6);
            sheet.line(NoticeSheet.MARGIN, 13, a.contractor() + "　様", Align.LEFT);
            sheet.gap(4);
            sheet.line(NoticeSheet.RIGHT, 11, city.mayor(), Align.RIGHT);
            sheet.title("再　委　託　承　認　書", null);
            sheet.body(WarekiDate.format(a.requestedOn())
                    + "付けで申請のあった業務の再委託について、行政手続における特定の個人を識別するための番号の利用等に関する法律"
                    + "第10条第1項及び契約書の規定に基づき、下記のとおり承認します。");
            sheet.gap(4);
            sheet.line(NoticeSheet.WIDTH / 2, BODY, "記", Align.CENTER);
            sheet.gap(4);
            List<List<String>> items = List.of(
                    List.of("再委託先", a.subcontractor()),
                    List.of("再委託する業務", orEmpty(a.work())),
                    List.of("取り扱う情報の項目", orEmpty(a.dataItems())),
                    List.of("件数", Yen.amount(a.recordCount()) + "件"),
                    List.of("特定個人情報", a.includesMyNumber() ? "含む" : "含まない"),
                    List.of("作業場所", orEmpty(a.workLocation())),
                    List.of("安全管理措置", orEmpty(a.securityMeasures())),
                    List.of("再委託期間", WarekiDate.format(a.periodFrom()) + "から" + WarekiDate.format(a.periodTo())
                            + "まで"),
                    List.of("承認の条件", a.conditions() == null || a.conditions().isBlank() ? "なし" : a.conditions()));
            int n = 1;
            for (List<String> item : items) {
                sheet.body(n++ + "　" + item.get(0));
                for (String part : item.get(1).split("\\R")) {
                    sheet.paragraph(NoticeSheet.MARGIN + 20, NoticeSheet.CONTENT_WIDTH - 20, BODY, part);
                }
                sheet.gap(2);
            }
            sheet.gap(8);
            sheet.body("再委託期間中は、次の事項を遵守してください。");
            int i = 1;
            for (String obligation : OBLIGATIONS) {
                sheet.paragraph(NoticeSheet.MARGIN + 10, NoticeSheet.CONTENT_WIDTH - 10, BODY,
                        "(" + i++ + ") " + obligation);
            }
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
