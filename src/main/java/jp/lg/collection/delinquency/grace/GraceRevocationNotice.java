package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.GraceRevocationGround;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 徴収猶予取消通知書 / 換価の猶予取消通知書 (地方税法15の3③; for a 換価猶予 on application 15の6の3②): the grace is
 * revoked on a ground of 15の3① and the amount graced is collected at once. A disposition, so it carries the 教示.
 * Issued by {@link RecordGraceRevocation}.
 */
@Component
public class GraceRevocationNotice extends Notice<GraceRevocationNotice.Content> {

    /**
     * What the notice says.
     *
     * @param explanation how the taxpayer's explanation was heard before the revocation (15の3②), or why not
     */
    public record Content(Addressee to, String caseId, LocalDate revokedOn, GraceKind kind, LocalDate from,
            LocalDate until, long amount, GraceRevocationGround ground, String reason, String explanation,
            List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("revokedOn", revokedOn);
            Require.notNull("kind", kind);
            Require.notNull("from", from);
            Require.notNull("until", until);
            Require.notNull("ground", ground);
            lines = Require.noNullElements("lines", lines);
        }
    }

    public GraceRevocationNotice() {
        super(DocumentKind.GRACE_REVOCATION_NOTICE, Content.class);
    }

    public static String title(GraceKind kind) {
        return (kind == GraceKind.COLLECTION ? "徴収猶予" : "換価の猶予") + "取消通知書";
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        String title = title(n.kind());
        String article = n.kind() == GraceKind.COLLECTION ? n.ground().article()
                : "地方税法第15条の6の3第2項において準用する同法第15条の3第1項第" + n.ground().item() + "号";
        String notice = n.kind() == GraceKind.COLLECTION ? "同条第3項" : "同法第15条の6の3第2項において準用する同法第15条の3第3項";
        try (NoticeSheet sheet = new NoticeSheet(title, city)) {
            sheet.letterHead(n.to(), n.revokedOn(), n.caseId(), true);
            sheet.title(title, null);
            sheet.body(WarekiDate.format(n.from()) + "から" + WarekiDate.format(n.until()) + "までの期間で許可した下記の"
                    + sheet.localTax() + "の" + n.kind().label() + "を、" + article + "の規定により" + WarekiDate.format(n.revokedOn())
                    + "付けで取り消したので、" + notice + "の規定により通知します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("猶予の種類", n.kind().label()),
                    List.of("猶予に係る金額", Yen.of(n.amount())),
                    List.of("猶予期間(許可)", WarekiDate.format(n.from()) + "から" + WarekiDate.format(n.until()) + "まで"),
                    List.of("取消しの日", WarekiDate.format(n.revokedOn())),
                    List.of("取消しの理由", "第" + n.ground().item() + "号　" + n.ground().text()
                            + (n.reason() == null || n.reason().isBlank() ? "" : "(" + n.reason() + ")")),
                    List.of("弁明の聴取", n.explanation() == null ? "―" : n.explanation())));
            sheet.gap(10);
            sheet.installments(n.lines(), n.revokedOn());
            sheet.gap(8);
            sheet.small("・猶予に係る金額を一時に徴収します。速やかに納付してください。納付がないときは、滞納処分を行います。"
                    + "取消しの日以後の延滞金は免除されません。");
            sheet.appealNotice("この取消処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
