package jp.lg.collection.delinquency.seizure;

import static jp.lg.collection.documents.NoticeSheet.BODY;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.Require;
import jp.lg.collection.rules.CollectionArticles;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 差押書 to the taxpayer: real estate is seized by serving it (国税徴収法68①), a registered vehicle likewise (71①);
 * the seizure takes effect when it reaches the taxpayer, or earlier when the registration is made first (68②④,
 * 71②④), which the city requests at once ({@link RegistrationRequest}). A disposition, so it carries the 教示.
 * Issued by {@link ExecuteSeizure}.
 */
@Component
public class SeizureDocument extends Notice<SeizureDocument.Content> {

    /**
     * What the 差押書 says.
     *
     * @param assetKind      REAL_ESTATE or VEHICLE
     * @param registryOffice where the registration was requested (登記所 / 運輸支局)
     */
    public record Content(Addressee to, String caseId, LocalDate seizedOn, AssetKind assetKind, String property,
            String registryOffice, List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("seizedOn", seizedOn);
            Require.notNull("assetKind", assetKind);
            Require.notNull("property", property);
            if (!assetKind.realPropertyEtc()) {
                throw new IllegalArgumentException("assetKind: 差押書は不動産・登録自動車の差押えに用います (" + assetKind + ")");
            }
            lines = Require.noNullElements("lines", lines);
        }
    }

    public SeizureDocument() {
        super(DocumentKind.SEIZURE_DOCUMENT, Content.class);
    }

    /** 徴68 for real estate, 徴71 for a registered vehicle. */
    static int article(AssetKind kind) {
        return kind == AssetKind.VEHICLE ? 71 : 68;
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        int article = article(n.assetKind());
        String registration = n.assetKind() == AssetKind.VEHICLE ? "登録" : "登記";
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.seizedOn(), n.caseId(), true);
            sheet.title("差　押　書", null);
            sheet.body("あなたが滞納している下記の" + sheet.localTax() + "を徴収するため、"
                    + NoticeSheet.cite(n.lines(), CollectionArticles::enforcementByExample) + "において準用する国税徴収法第"
                    + article + "条第1項の規定により、下記の財産を差し押さえます。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("差押財産の種類", n.assetKind() == AssetKind.VEHICLE ? "自動車(登録自動車)" : "不動産"),
                    List.of("差押財産", n.property()),
                    List.of("差押年月日", WarekiDate.format(n.seizedOn())),
                    List.of("差押えの" + registration + "の嘱託先", n.registryOffice() == null ? "―" : n.registryOffice())));
            sheet.gap(10);
            sheet.line(NoticeSheet.MARGIN, BODY, "滞納金額", Align.LEFT);
            sheet.installments(n.lines(), n.seizedOn());
            sheet.gap(8);
            sheet.small("・この差押えの効力は、この差押書があなたに送達された時に生じます。ただし、差押えの" + registration
                    + "がその送達前にされたときは、その" + registration + "がされた時に生じます(国税徴収法第" + article
                    + "条第2項・第4項)。差押えの" + registration + "は、同条第3項の規定により関係機関に嘱託しました。");
            sheet.small("・差し押さえた財産を譲渡し、又は権利を設定しても、その処分は差押えに対抗できません。"
                    + (n.assetKind() == AssetKind.VEHICLE ? "差押え後の自動車の使用については、担当者の指示に従ってください。"
                            : "通常の用法に従って使用し、又は収益することはできます(同法第69条)。"));
            sheet.appealNotice("この差押処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
