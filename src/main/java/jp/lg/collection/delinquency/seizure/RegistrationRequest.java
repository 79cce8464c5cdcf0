package jp.lg.collection.delinquency.seizure;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 嘱託書 to the registry office (登記所) of seized real estate or the transport bureau (運輸支局) of a registered
 * vehicle: the registration of the seizure (国税徴収法68③, 71③), of a joinder seizure (86③), or its cancellation
 * when the seizure is released (81). A public office registers on the city's request; the registration is free
 * of 登録免許税 (登録免許税法5条). Issued by {@link ExecuteSeizure} and {@link SeizureReleases}.
 */
@Component
public class RegistrationRequest extends Notice<RegistrationRequest.Content> {

    /** What is asked. */
    public enum Purpose {
        SEIZURE("差押", "第68条第3項", "第71条第3項"),
        JOINDER_SEIZURE("参加差押", "第86条第3項", "第86条第3項"),
        RELEASE("差押抹消", "第81条", "第81条");

        private final String label;
        private final String realEstateArticle;
        private final String vehicleArticle;

        Purpose(String label, String realEstateArticle, String vehicleArticle) {
            this.label = label;
            this.realEstateArticle = realEstateArticle;
            this.vehicleArticle = vehicleArticle;
        }

        String article(AssetKind kind) {
            return "国税徴収法" + (kind == AssetKind.VEHICLE ? vehicleArticle : realEstateArticle);
        }
    }

    /**
     * What the 嘱託書 says.
     *
     * @param office   the registry office or transport bureau
     * @param owner    the taxpayer, as registered (登記義務者)
     * @param causedOn the day of the seizure or of the release (登記原因の日付)
     */
    public record Content(String office, Addressee owner, String caseId, LocalDate issuedOn, Purpose purpose,
            AssetKind assetKind, String property, LocalDate causedOn) {
        public Content {
            Require.notNull("office", office);
            Require.notNull("owner", owner);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("purpose", purpose);
            Require.notNull("assetKind", assetKind);
            Require.notNull("property", property);
            Require.notNull("causedOn", causedOn);
            if (!assetKind.realPropertyEtc()) {
                throw new IllegalArgumentException("assetKind: 登記・登録の嘱託は不動産・登録自動車に限ります (" + assetKind + ")");
            }
        }
    }

    public RegistrationRequest() {
        super(DocumentKind.REGISTRATION_REQUEST, Content.class);
    }

    /** "差押登記嘱託書", "参加差押登録嘱託書", "差押登記抹消嘱託書": the title, also in the case's documents. */
    public static String title(Purpose purpose, AssetKind kind) {
        String registration = kind == AssetKind.VEHICLE ? "登録" : "登記";
        return purpose == Purpose.RELEASE ? "差押" + registration + "抹消嘱託書" : purpose.label + registration + "嘱託書";
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        boolean vehicle = n.assetKind() == AssetKind.VEHICLE;
        String registration = vehicle ? "登録" : "登記";
        String title = title(n.purpose(), n.assetKind());
        String cause = WarekiDate.format(n.causedOn()) + (n.purpose() == Purpose.RELEASE ? "解除"
                : n.purpose() == Purpose.JOINDER_SEIZURE ? "参加差押" : "差押");
        try (NoticeSheet sheet = new NoticeSheet(title, city)) {
            sheet.letterHead(new Addressee(null, null, null, n.office()), n.issuedOn(), n.caseId(), false);
            sheet.title(spaced(title), null);
            sheet.body("下記のとおり" + (n.purpose() == Purpose.RELEASE ? "差押えを解除したので、" : "滞納処分による"
                    + n.purpose().label + "をしたので、") + n.purpose().article(n.assetKind()) + "の規定により、"
                    + (n.purpose() == Purpose.RELEASE ? "差押えの" + registration + "の抹消" : n.purpose().label + "の" + registration)
                    + "を嘱託します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of(registration + "の目的", n.purpose() == Purpose.RELEASE ? n.purpose().label.replace("抹消", "")
                            + registration + "抹消" : n.purpose().label),
                    List.of(registration + "原因", cause),
                    List.of("権利者", city.name()),
                    List.of("義務者(所有者)", NoticeSheet.orEmpty(n.owner().address()) + "　" + NoticeSheet.orEmpty(n.owner().name())),
                    List.of(vehicle ? "自動車の表示" : "不動産の表示", n.property()),
                    List.of("登録免許税", "非課税(登録免許税法第5条第1号)"),
                    List.of("添付書類", n.purpose() == Purpose.RELEASE ? "なし" : n.purpose().label + "調書の謄本又は"
                            + n.purpose().label + "書の写し")));
            sheet.gap(10);
            sheet.small("・" + registration + "が完了したときは、" + registration + "識別情報又は" + registration
                    + "事項証明書を下記の担当あてに送付してください。");
            sheet.contact();
            return sheet.toBytes();
        }
    }

    private static String spaced(String title) {
        return String.join("　", title.split(""));
    }
}
