package jp.lg.collection.delinquency.suspension;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/** 滞納処分の執行停止通知書 (地方税法15の7②: the taxpayer is told of the stop), issued by {@link SuspendEnforcement}. */
@Component
public class SuspensionNotice extends Notice<SuspensionNotice.Content> {

    /**
     * What the 執行停止通知書 says.
     *
     * @param immediateExtinction the obligation is extinguished at once (同条⑤: no property and collection clearly
     *                            impossible) instead of after 3 years of suspension (同条④)
     */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, LocalDate suspendedOn,
            SuspensionGround ground, boolean immediateExtinction, List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("suspendedOn", suspendedOn);
            Require.notNull("ground", ground);
            if (immediateExtinction && !ground.allowsImmediateExtinction()) {
                throw new IllegalArgumentException("immediateExtinction: 即時消滅は第1号(財産なし)の停止に限られます"
                        + "(地方税法第15条の7第5項)");
            }
            lines = Require.noNullElements("lines", lines);
        }

        /** A suspension that runs its 3 years (同条④). */
        public Content(Addressee to, String caseId, LocalDate issuedOn, LocalDate suspendedOn,
                SuspensionGround ground, List<NoticeLine> lines) {
            this(to, caseId, issuedOn, suspendedOn, ground, false, lines);
        }
    }

    public SuspensionNotice() {
        super(DocumentKind.SUSPENSION_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title("滞納処分の執行停止通知書", null);
            sheet.body("下記の" + sheet.localTax()
                    + "について、地方税法第15条の7第1項第" + n.ground().item() + "号の規定により滞納処分の執行を停止したので、"
                    + "同条第2項の規定により通知します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("執行停止の日", WarekiDate.format(n.suspendedOn())),
                    List.of("執行停止の理由", "第" + n.ground().item() + "号　" + n.ground().text())));
            sheet.gap(10);
            sheet.installments(n.lines(), n.issuedOn());
            sheet.gap(10);
            if (n.immediateExtinction()) {
                sheet.body("上記の" + sheet.localTax() + "は、徴収することが"
                        + "できないことが明らかであるため、地方税法第15条の7第5項の規定により、これを納付する義務を直ちに消滅させます。");
            } else {
                sheet.small("・執行の停止が3年間継続したときは、"
                        + "上記の" + sheet.localTax() + "を納付する義務は消滅します(地方税法第15条の7第4項)。");
            }
            sheet.small("・停止の期間に対応する延滞金は免除されます"
                    + "(同法第15条の9第1項)。停止の理由がなくなったときは、停止を取り消すことがあります(同法第15条の8第1項)。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
