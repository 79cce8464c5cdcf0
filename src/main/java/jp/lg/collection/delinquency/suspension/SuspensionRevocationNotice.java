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

/**
 * 滞納処分の執行停止取消通知書 (地方税法15の8: a suspension whose ground no longer holds within its 3 years is
 * revoked, ①, and the taxpayer told as on the suspension, ② applying 15の7②). Enforcement resumes, so it carries
 * the 教示. Issued by {@link RevokeSuspension}.
 *
 * @see SuspensionNotice
 */
@Component
public class SuspensionRevocationNotice extends Notice<SuspensionRevocationNotice.Content> {

    /**
     * What the 執行停止取消通知書 says.
     *
     * @param reason why the ground no longer holds, as reported (財産の判明: ○○銀行に預金)
     */
    public record Content(Addressee to, String caseId, LocalDate revokedOn, LocalDate suspendedOn,
            SuspensionGround ground, String reason, List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("revokedOn", revokedOn);
            Require.notNull("suspendedOn", suspendedOn);
            Require.notNull("ground", ground);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public SuspensionRevocationNotice() {
        super(DocumentKind.SUSPENSION_REVOCATION_NOTICE, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.revokedOn(), n.caseId(), true);
            sheet.title("滞納処分の執行停止取消通知書", null);
            sheet.body(WarekiDate.format(n.suspendedOn()) + "付けで地方税法第15条の7第1項第" + n.ground().item()
                    + "号の規定により停止した下記の" + sheet.localTax() + "の滞納処分の執行について、停止の理由に該当する事実が"
                    + "なくなったと認められるので、同法第15条の8第1項の規定によりこれを取り消し、同条第2項において準用する"
                    + "同法第15条の7第2項の規定により通知します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("執行停止の日", WarekiDate.format(n.suspendedOn())),
                    List.of("執行停止の理由", "第" + n.ground().item() + "号　" + n.ground().text()),
                    List.of("取消しの日", WarekiDate.format(n.revokedOn())),
                    List.of("取消しの理由", n.reason() == null || n.reason().isBlank() ? "停止の理由に該当する事実がなくなったため"
                            : n.reason())));
            sheet.gap(10);
            sheet.installments(n.lines(), n.revokedOn());
            sheet.gap(8);
            sheet.small("・上記の" + sheet.localTax() + "を速やかに納付してください。納付がないときは、滞納処分を行います。"
                    + "停止の期間に対応する延滞金は免除されます(同法第15条の9第1項)。");
            sheet.appealNotice("この取消処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
