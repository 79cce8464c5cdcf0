package jp.lg.collection.reduction;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 減免申請却下通知書: the application, the reason it is not granted (printed as the manager stated it; for a late
 * application the deadline it missed) and the 教示 (行政手続法8: a refusal states its reason). Issued by
 * {@link NotifyReductionRejection}.
 */
@Component
public class TaxReductionRejectionNotice extends Notice<TaxReductionRejectionNotice.Content> {

    /** What the 却下通知書 says; {@code lastDayToApply} is set when the application came after it. */
    public record Content(Addressee to, String caseId, LocalDate issuedOn, String number, LocalDate receivedOn,
            String ground, String installment, LocalDate dueDate, long principal, String reason,
            LocalDate lastDayToApply) {
        public Content {
            Require.notNull("to", to);
            Require.notNull("issuedOn", issuedOn);
            Require.notNull("receivedOn", receivedOn);
            Require.notNull("dueDate", dueDate);
            Require.notNull("reason", reason);
        }
    }

    public TaxReductionRejectionNotice() {
        super(DocumentKind.TAX_REDUCTION_REJECTION, Content.class);
    }

    @Override
    public byte[] render(Content n, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(n.to(), n.issuedOn(), n.caseId(), true);
            sheet.title("減免申請却下通知書", null);
            sheet.body(WarekiDate.format(n.receivedOn()) + "に申請のあった下記の" + sheet.localTax()
                    + "の減免については、次の理由により却下したので通知します。");
            sheet.gap(8);
            String reason = n.lastDayToApply() == null ? n.reason()
                    : "申請期限(" + WarekiDate.format(n.lastDayToApply()) + ")を過ぎた申請であるため。" + n.reason();
            sheet.fields(List.of(
                    List.of("受付番号", n.number()),
                    List.of("申請の事由", n.ground()),
                    List.of("対象", n.installment()),
                    List.of("納期限", WarekiDate.format(n.dueDate())),
                    List.of("税額", Yen.of(n.principal())),
                    List.of("却下の理由", reason)));
            sheet.gap(10);
            sheet.small("・税額は変わりません。納期限までに納付してください(納期限を過ぎると延滞金がかかります)。");
            sheet.appealNotice("この処分");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
