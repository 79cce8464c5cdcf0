package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.rules.CollectionArticles;
import static jp.lg.collection.documents.NoticeSheet.BODY;
import static jp.lg.collection.documents.NoticeSheet.orEmpty;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 差押調書 (国税徴収法54, applied by 地方税法331⑥): what was seized, from whom, when and for which tax; its copy
 * (謄本) goes to the taxpayer. Issued by {@link ExecuteSeizure}.
 */
@Component
public class SeizureRecord extends Notice<SeizureRecord.Content> {

    /**
     * What the 差押調書 says.
     *
     * @param assetKind        e.g. 預金債権, 給与債権, 不動産
     * @param thirdPartyDebtor 第三債務者 for a claim, else null
     * @param official         the 徴税吏員 who seized (signs the record)
     */
    public record Content(Addressee delinquent, String caseId, LocalDate seizedOn, String assetKind,
            String assetDescription, String thirdPartyDebtor, long estimatedValue, String official,
            List<NoticeLine> lines) {
        public Content {
            Require.notNull("delinquent", delinquent);
            Require.notNull("seizedOn", seizedOn);
            Require.notNull("assetDescription", assetDescription);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public SeizureRecord() {
        super(DocumentKind.SEIZURE_RECORD, Content.class);
    }

    @Override
    public byte[] render(Content s, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.line(NoticeSheet.RIGHT, BODY, WarekiDate.format(s.seizedOn()), Align.RIGHT);
            sheet.title("差　押　調　書", "(謄本)");
            sheet.fields(List.of(
                    List.of("滞納者 住所", s.delinquent().address()),
                    List.of("滞納者 氏名", s.delinquent().name()),
                    List.of("宛名番号・案件番号", orEmpty(s.delinquent().addresseeNo()) + "　" + orEmpty(s.caseId())),
                    List.of("差押年月日", WarekiDate.format(s.seizedOn())),
                    List.of("差押財産の種類", orEmpty(s.assetKind())),
                    List.of("差押財産", s.assetDescription()),
                    List.of("第三債務者", s.thirdPartyDebtor() == null ? "―" : s.thirdPartyDebtor()),
                    List.of("見積価額", Yen.of(s.estimatedValue()))));
            sheet.gap(10);
            sheet.line(NoticeSheet.MARGIN, BODY, "差押えに係る滞納金額", Align.LEFT);
            sheet.installments(s.lines(), s.seizedOn());
            sheet.gap(10);
            sheet.body("上記のとおり、" + NoticeSheet.cite(s.lines(), CollectionArticles::enforcementByExample) + "において"
                    + "準用する国税徴収法第54条の規定により、差押調書を作成する。");
            sheet.gap(16);
            sheet.line(NoticeSheet.RIGHT, BODY, city.name() + " " + city.section(), Align.RIGHT);
            sheet.line(NoticeSheet.RIGHT, BODY, "徴税吏員　" + orEmpty(s.official()), Align.RIGHT);
            sheet.appealNotice("この差押処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
