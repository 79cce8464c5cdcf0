package jp.lg.collection.delinquency.investigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 財産調査の照会書: the paper {@link SendPropertyInquiries} sends to each institution, asking what the
 * taxpayer holds there. A bank, an employer or an insurer is asked under the collector's power of inquiry
 * (国税徴収法141, applied to local taxes by 地方税法331⑥); a registry office, being a public office, is asked
 * for its cooperation (徴146の2). What is asked depends on the kind of institution.
 */
@Component
public class InquiryLetter {

    private static final float BODY = 10;
    private static final float SMALL = 8.5f;

    /**
     * What one 照会書 says.
     *
     * @param inquiryId   the inquiry's number, quoted back on the answer
     * @param answerBy    回答期限 (the model's answer period)
     * @param institution the addressee: the institution as the collector chose it
     */
    public record Content(long inquiryId, String caseId, LocalDate sentOn, LocalDate answerBy, TargetKind kind,
            String institution, String addresseeNo, String name, String nameKana, LocalDate birthDate,
            String address) {
    }

    public DocumentKind kind() {
        return DocumentKind.INQUIRY_LETTER;
    }

    /** "財産調査照会書(埼玉りそな銀行 熊谷支店)": how the case's documents list it. */
    public static String title(String institution) {
        return DocumentKind.INQUIRY_LETTER.label() + "(" + institution + ")";
    }

    public byte[] render(Content c, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(title(c.institution()), city)) {
            float top = sheet.y();
            sheet.line(PdfSheet.RIGHT, BODY, WarekiDate.format(c.sentOn()), Align.RIGHT);
            sheet.line(PdfSheet.RIGHT, SMALL, "案件番号 " + c.caseId() + "　照会番号 " + c.inquiryId(), Align.RIGHT);
            sheet.gap(6);
            sheet.line(PdfSheet.RIGHT, 11, city.mayor(), Align.RIGHT);
            sheet.line(PdfSheet.RIGHT, SMALL, "(担当 " + city.section() + ")", Align.RIGHT);
            float right = sheet.y();
            sheet.moveTo(top);
            sheet.gap(24);
            sheet.line(PdfSheet.MARGIN, 13, c.institution() + "　御中", Align.LEFT);
            sheet.moveTo(Math.min(right, sheet.y()));
            sheet.gap(18);
            sheet.line(PdfSheet.WIDTH / 2, 18, heading(c.kind()), Align.CENTER);
            sheet.gap(12);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, BODY, "下記の者に係る" + sheet.localTax()
                    + "の滞納処分のため必要がありますので、" + basis(c.kind()) + "の規定により、下記の事項について照会します。"
                    + "お手数ですが、" + WarekiDate.format(c.answerBy()) + "までに御回答くださるようお願いします。");
            sheet.gap(10);
            sheet.line(PdfSheet.WIDTH / 2, BODY, "記", Align.CENTER);
            sheet.gap(4);
            sheet.line(PdfSheet.MARGIN, BODY, "1　照会の対象者", Align.LEFT);
            List<List<String>> person = new ArrayList<>();
            person.add(List.of("住所", orEmpty(c.address())));
            person.add(List.of("氏名(フリガナ)", orEmpty(c.name()) + (c.nameKana() == null ? "" : "(" + c.nameKana() + ")")));
            person.add(List.of("生年月日", c.birthDate() == null ? "―" : WarekiDate.format(c.birthDate())));
            person.add(List.of("宛名番号", orEmpty(c.addresseeNo())));
            sheet.table(PdfSheet.MARGIN, List.of(new Column("項目", 110, Align.LEFT),
                    new Column("内容", PdfSheet.CONTENT_WIDTH - 110, Align.LEFT)), person, 9.5f, -1);
            sheet.gap(10);
            sheet.line(PdfSheet.MARGIN, BODY, "2　照会事項(" + WarekiDate.format(c.sentOn()) + "現在)", Align.LEFT);
            int n = 1;
            for (String item : questions(c.kind())) {
                sheet.paragraph(PdfSheet.MARGIN + 12, PdfSheet.CONTENT_WIDTH - 12, BODY, "(" + n++ + ")　" + item);
            }
            sheet.gap(8);
            sheet.line(PdfSheet.MARGIN, BODY, "3　回答期限　" + WarekiDate.format(c.answerBy()), Align.LEFT);
            sheet.gap(8);
            sheet.paragraph(PdfSheet.MARGIN, PdfSheet.CONTENT_WIDTH, SMALL, "・該当がない場合も、その旨を御回答ください。"
                    + "回答には照会番号を記載してください。この照会は地方税法第22条の守秘義務の下で行うものです。");
            sheet.contact();
            return sheet.toBytes();
        }
    }

    static String heading(TargetKind kind) {
        return switch (kind) {
            case BANK -> "預貯金等の照会書";
            case EMPLOYER -> "給与等の照会書";
            case LAND_REGISTRY -> "不動産の登記事項等の照会書";
            case VEHICLE_REGISTRY -> "登録自動車の照会書";
            case INSURER -> "保険契約の照会書";
        };
    }

    /** 徴141 (質問及び検査) for whoever holds the taxpayer's property; 徴146の2 (官公署等への協力要請) for offices. */
    static String basis(TargetKind kind) {
        return switch (kind) {
            case LAND_REGISTRY, VEHICLE_REGISTRY -> "地方税法第331条第6項において準用する国税徴収法第146条の2";
            default -> "地方税法第331条第6項において準用する国税徴収法第141条";
        };
    }

    static List<String> questions(TargetKind kind) {
        return switch (kind) {
            case BANK -> List.of("預貯金の種類、口座番号及び残高", "過去1年間の取引の明細",
                    "貸金庫、投資信託その他の取引の有無", "届出の住所及び電話番号");
            case EMPLOYER -> List.of("在職の有無、雇用形態及び採用年月日",
                    "給与の支払日並びに直近3か月の総支給額、所得税、住民税及び社会保険料の額", "退職手当の支給の有無及び見込額",
                    "他の差押え等の有無");
            case LAND_REGISTRY -> List.of("対象者が所有権その他の権利を有する不動産の所在、地番又は家屋番号",
                    "当該不動産の登記事項(抵当権等の設定の有無を含む)");
            case VEHICLE_REGISTRY -> List.of("対象者が所有者又は使用者として登録されている自動車の自動車登録番号、車名及び型式",
                    "所有権留保の有無");
            case INSURER -> List.of("保険契約の有無、保険の種類及び証券番号", "解約返戻金の額",
                    "契約者貸付の有無及び額", "保険金受取人");
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
