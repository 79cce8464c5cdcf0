package jp.lg.collection.delinquency.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 差押解除通知書: a seizure is released by telling the taxpayer (国税徴収法80①) and, for a claim, the third-party
 * debtor (80②); a joinder seizure or a delivery demand is withdrawn by telling the executing authority and the
 * taxpayer (84②③, applied to the joinder by 88①). The ground is stated (完納, 取立の見込みなし, 公売不成立 …).
 * Issued by {@link SeizureReleases} for every release of the case.
 */
@Component
public class ReleaseNotice extends Notice<ReleaseNotice.Content> {

    /**
     * What the 解除通知書 says.
     *
     * @param to         the taxpayer, the third-party debtor or the executing authority
     * @param toTaxpayer whether it goes to the taxpayer (a person: 様) or to a third party (御中)
     * @param ground     why it is released, as the log states it (完納による解除 (徴79①一) …)
     */
    public record Content(Addressee to, boolean toTaxpayer, Addressee delinquent, String caseId, LocalDate releasedOn,
            DispositionKind dispositionKind, String assetKind, String property, LocalDate executedOn, String ground) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("delinquent", delinquent);
            Require.notNull("releasedOn", releasedOn);
            Require.notNull("dispositionKind", dispositionKind);
            Require.notNull("property", property);
            Require.notNull("ground", ground);
        }
    }

    public ReleaseNotice() {
        super(DocumentKind.RELEASE_NOTICE, Content.class);
    }

    /** 差押解除通知書 / 参加差押解除通知書 / 交付要求解除通知書. */
    public static String title(DispositionKind kind) {
        return kind.label() + "解除通知書";
    }

    /** The article the release is made under. */
    static String article(DispositionKind kind, boolean toTaxpayer) {
        return switch (kind) {
            case SEIZURE -> "国税徴収法第80条第" + (toTaxpayer ? "1" : "2") + "項";
            case JOINDER_SEIZURE -> "国税徴収法第88条第1項において準用する同法第84条第" + (toTaxpayer ? "3" : "2") + "項";
            case DELIVERY_DEMAND -> "国税徴収法第84条第" + (toTaxpayer ? "3" : "2") + "項";
        };
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        String what = n.dispositionKind() == DispositionKind.DELIVERY_DEMAND ? "交付要求" : n.dispositionKind().label() + "え";
        try (NoticeSheet sheet = new NoticeSheet(title(n.dispositionKind()), city)) {
            sheet.letterHead(n.to(), n.releasedOn(), n.caseId(), n.toTaxpayer());
            sheet.title(title(n.dispositionKind()), null);
            sheet.body((n.toTaxpayer() ? "あなたの" : "下記の滞納者の") + "下記の財産に対する" + what + "を"
                    + WarekiDate.format(n.releasedOn()) + "付けで解除したので、" + article(n.dispositionKind(), n.toTaxpayer())
                    + "の規定により通知します。");
            sheet.gap(8);
            List<List<String>> rows = new ArrayList<>();
            if (!n.toTaxpayer()) {
                rows.add(List.of("滞納者 住所", NoticeSheet.orEmpty(n.delinquent().address())));
                rows.add(List.of("滞納者 氏名", NoticeSheet.orEmpty(n.delinquent().name())));
            }
            rows.add(List.of("財産の種類", NoticeSheet.orEmpty(n.assetKind())));
            rows.add(List.of("財産", n.property()));
            rows.add(List.of(what + "の年月日", n.executedOn() == null ? "―" : WarekiDate.format(n.executedOn())));
            rows.add(List.of("解除の年月日", WarekiDate.format(n.releasedOn())));
            rows.add(List.of("解除の理由", n.ground()));
            sheet.fields(rows);
            if (!n.toTaxpayer() && n.dispositionKind() == DispositionKind.SEIZURE) {
                sheet.gap(8);
                sheet.small("・この通知が届いた時から、差し押さえた債権の弁済は滞納者にしてください。");
            }
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
