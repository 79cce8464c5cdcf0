package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 徴収猶予・換価猶予の許可通知書 / 不許可通知書, and of an extension (猶予期間延長): the taxpayer is told of the grace,
 * the amount graced, its period, the 分割納付 and the security (地方税法15の2の2① for a 徴収猶予; 15の6① and ③ for a
 * 換価猶予 on application), or why it is refused (15の2の2②). A decision on an application, so it carries the 教示.
 * Issued by {@link RecordGraceDecision} and {@link RecordGraceExtension}.
 */
@Component
public class GraceDecisionNotice extends Notice<GraceDecisionNotice.Content> {

    /**
     * What the notice says.
     *
     * @param extension an extension of a grace (法15④, applied to the 換価猶予 by 15の6③)
     * @param ground    the ground of a 徴収猶予, null for a 換価猶予
     * @param amount    猶予に係る金額 (本税・督促手数料), yen
     * @param parts     the 分割納付, empty when the amount is paid at the end of the period
     * @param security  the security taken (担保, 法16①), or why none is taken; null when none is needed
     * @param reason    the reason of a refusal, or the conditions of a grant
     */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, GraceKind kind, boolean granted,
            boolean extension, GraceGround ground, LocalDate from, LocalDate until, long amount,
            List<GraceInstallments.Part> parts, String security, String reason, List<NoticeLine> lines) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("kind", kind);
            Require.notNull("from", from);
            Require.notNull("until", until);
            Require.notNegative("amount", amount);
            parts = parts == null ? List.of() : Require.noNullElements("parts", parts);
            lines = Require.noNullElements("lines", lines);
            if (!granted && (reason == null || reason.isBlank())) {
                throw new IllegalArgumentException("reason: 不許可の理由が必要です");
            }
        }
    }

    public GraceDecisionNotice() {
        super(DocumentKind.GRACE_DECISION_NOTICE, Content.class);
    }

    /** 徴収猶予許可通知書, 換価の猶予期間延長不許可通知書, … */
    public static String title(GraceKind kind, boolean granted, boolean extension) {
        return (kind == GraceKind.COLLECTION ? "徴収猶予" : "換価の猶予") + (extension ? "期間延長" : "")
                + (granted ? "許可" : "不許可") + "通知書";
    }

    /** The article the grace is granted under. */
    static String grantArticle(GraceKind kind, boolean extension, GraceGround ground) {
        if (kind == GraceKind.REALIZATION) {
            return extension ? "地方税法第15条の6第3項において準用する同法第15条第4項" : "地方税法第15条の6第1項";
        }
        if (extension) {
            return "地方税法第15条第4項";
        }
        if (ground == null) {
            return "地方税法第15条第1項";
        }
        String article = ground.article(); // 法15①一 … 法15①五, 法15②
        return article.startsWith("法15①") ? "地方税法第15条第1項第" + ("一二三四五".indexOf(article.charAt(article.length() - 1)) + 1) + "号"
                : "地方税法第15条第2項";
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        String title = title(n.kind(), n.granted(), n.extension());
        String what = n.kind() == GraceKind.COLLECTION ? "徴収" : "換価";
        try (NoticeSheet sheet = new NoticeSheet(title, city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title(title, null);
            if (n.granted()) {
                sheet.body("申請のあった下記の" + sheet.localTax() + "について、" + grantArticle(n.kind(), n.extension(), n.ground())
                        + "の規定により、" + (n.extension() ? what + "の猶予期間を延長" : (n.kind() == GraceKind.COLLECTION
                                ? "その徴収を猶予" : "滞納処分による財産の換価を猶予")) + "したので、"
                        + (n.kind() == GraceKind.COLLECTION ? "同法第15条の2の2第1項の規定により" : "") + "通知します。");
            } else {
                sheet.body("申請のあった下記の" + sheet.localTax() + "の" + what + "の猶予" + (n.extension() ? "期間の延長" : "")
                        + "については、下記の理由により認めないこととしたので、"
                        + (n.kind() == GraceKind.COLLECTION ? "地方税法第15条の2の2第2項の規定により" : "") + "通知します。");
            }
            sheet.gap(8);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("猶予の種類", n.kind().label() + (n.ground() == null ? "" : "(" + n.ground().label() + "、"
                    + n.ground().article() + ")")));
            rows.add(List.of(n.granted() ? "猶予に係る金額" : "申請に係る金額", Yen.of(n.amount()) + "(本税・督促手数料)"));
            rows.add(List.of(n.granted() ? (n.extension() ? "延長後の猶予期間" : "猶予期間") : "申請の期間",
                    WarekiDate.format(n.from()) + "から" + WarekiDate.format(n.until()) + "まで"));
            if (n.granted()) {
                rows.add(List.of("分割納付", n.parts().isEmpty() ? "なし(猶予期間の末日までに納付)" : n.parts().size() + "回(下表のとおり)"));
                rows.add(List.of("担保", n.security() == null ? "不要" : n.security()));
            }
            if (n.reason() != null && !n.reason().isBlank()) {
                rows.add(List.of(n.granted() ? "条件等" : "不許可の理由", n.reason()));
            }
            sheet.fields(rows);
            if (n.granted() && !n.parts().isEmpty()) {
                sheet.gap(10);
                sheet.line(NoticeSheet.MARGIN, NoticeSheet.BODY, "分割納付の計画", Align.LEFT);
                List<List<String>> plan = new ArrayList<>();
                int i = 1;
                for (GraceInstallments.Part p : n.parts()) {
                    plan.add(List.of("第" + i++ + "回", WarekiDate.format(p.dueOn()), Yen.of(p.amount())));
                }
                sheet.table(NoticeSheet.MARGIN, List.of(new Column("回", 60, Align.CENTER),
                        new Column("納付期限", 160, Align.CENTER), new Column("納付金額", 120, Align.RIGHT)), plan, 9.5f, -1);
            }
            sheet.gap(10);
            sheet.line(NoticeSheet.MARGIN, NoticeSheet.BODY, "対象となる" + sheet.localTax(), Align.LEFT);
            sheet.installments(n.lines(), n.issuedOn());
            sheet.gap(8);
            if (n.granted()) {
                sheet.small("・猶予期間中は、" + (n.kind() == GraceKind.COLLECTION
                        ? "新たな督促及び滞納処分(交付要求を除きます。)をしません(地方税法第15条の2の3第1項)。"
                        : "差し押さえた財産の換価をしません。")
                        + "猶予期間中の延滞金は、その全部又は一部が免除されます(同法第15条の9)。");
                sheet.small("・分割納付を期限までにしないとき、新たに滞納したとき、担保の変更等の求めに応じないときなどは、"
                        + "猶予を取り消し、猶予に係る金額を一時に徴収することがあります(同法第15条の3第1項"
                        + (n.kind() == GraceKind.REALIZATION ? "、第15条の6の3第2項" : "") + ")。");
            } else {
                sheet.small("・" + sheet.localTax() + "を速やかに納付してください。納付がないときは、滞納処分を行うことがあります。");
            }
            sheet.appealNotice("この処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
