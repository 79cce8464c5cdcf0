package jp.lg.collection.delinquency.distribution;

import jp.lg.collection.rules.CollectionArticles;
import static jp.lg.collection.documents.NoticeSheet.orEmpty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.documents.CityProperties;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.Notice;
import jp.lg.collection.documents.NoticeSheet;
import jp.lg.collection.documents.PdfSheet.Align;
import jp.lg.collection.documents.PdfSheet.Column;
import jp.lg.collection.documents.Require;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import org.springframework.stereotype.Component;

/**
 * 配当計算書 (国税徴収法131: prepared and its copy sent before the delivery date 132; objections 133), issued by
 * {@link PrepareDistributionStatement}. The remainder after the shares goes to the delinquent taxpayer (129③).
 */
@Component
public class DistributionStatement extends Notice<DistributionStatement.Content> {

    /** One creditor's line of a 配当計算書, in the order of priority. */
    public record Share(int order, String creditor, String claim, long claimAmount, long distributed) {
        public Share {
            Require.notNull("creditor", creditor);
            Require.notNegative("claimAmount", claimAmount);
            Require.notNegative("distributed", distributed);
            if (distributed > claimAmount) {
                throw new IllegalArgumentException("distributed: 配当額 (" + distributed + ") が債権額 ("
                        + claimAmount + ") を超えています");
            }
        }
    }

    /** What the 配当計算書 says: the money realized and each creditor's share. */
    public record Content(Addressee delinquent, String caseId, LocalDate preparedOn, LocalDate deliveryDate,
            String realizedProperty, long proceeds, List<Share> shares, String enforcementArticle) {
        /** A statement of the 市町村民税 (法331⑥); the case's taxes decide the article, {@link CollectionArticles}. */
        public Content(Addressee delinquent, String caseId, LocalDate preparedOn, LocalDate deliveryDate,
                String realizedProperty, long proceeds, List<Share> shares) {
            this(delinquent, caseId, preparedOn, deliveryDate, realizedProperty, proceeds, shares, null);
        }

        public Content {
            Require.notNull("delinquent", delinquent);
            Require.notNull("preparedOn", preparedOn);
            Require.notNull("deliveryDate", deliveryDate);
            Require.notNull("realizedProperty", realizedProperty);
            Require.notNegative("proceeds", proceeds);
            shares = Require.noNullElements("shares", shares);
            long sum = shares.stream().mapToLong(Share::distributed).sum();
            if (sum > proceeds) {
                throw new IllegalArgumentException("shares: 配当額の合計 (" + sum + ") が換価代金等 (" + proceeds
                        + ") を超えています");
            }
        }

        public long remainder() {
            return proceeds - shares.stream().mapToLong(Share::distributed).sum();
        }
    }

    public DistributionStatement() {
        super(DocumentKind.DISTRIBUTION_STATEMENT, Content.class);
    }

    @Override
    public byte[] render(Content d, CityProperties city) {
        try (NoticeSheet sheet = new NoticeSheet(kind(), city)) {
            sheet.letterHead(d.delinquent(), d.preparedOn(), d.caseId(), true);
            sheet.title("配　当　計　算　書", "(謄本)");
            sheet.body("国税徴収法第131条(" + NoticeSheet.enforcementArticle(d.enforcementArticle())
                    + "において準用)の規定により、下記のとおり配当計算書を作成したので、その謄本を送付します。");
            sheet.gap(8);
            sheet.fields(List.of(
                    List.of("換価財産", d.realizedProperty()),
                    List.of("換価代金等の額", Yen.of(d.proceeds())),
                    List.of("交付期日", WarekiDate.format(d.deliveryDate()))));
            sheet.gap(10);
            List<Column> columns = List.of(new Column("順位", 30, Align.CENTER), new Column("債権者", 110, Align.LEFT),
                    new Column("債権の種類", 195, Align.LEFT), new Column("債権額", 80, Align.RIGHT),
                    new Column("配当額", 80, Align.RIGHT));
            List<List<String>> rows = new ArrayList<>();
            for (Share share : d.shares()) {
                rows.add(List.of(Integer.toString(share.order()), share.creditor(), orEmpty(share.claim()),
                        Yen.amount(share.claimAmount()), Yen.amount(share.distributed())));
            }
            int totals = rows.size();
            rows.add(List.of("", "残余金(滞納者に交付)", "", "", Yen.amount(d.remainder())));
            rows.add(List.of("", "合計", "", Yen.amount(d.shares().stream().mapToLong(Share::claimAmount).sum()),
                    Yen.amount(d.proceeds())));
            sheet.table(NoticeSheet.MARGIN, columns, rows, 9, totals);
            sheet.gap(10);
            sheet.small("・この配当計算書に記載された金額に"
                    + "異議があるときは、交付期日までにその旨を申し出てください(国税徴収法第133条)。異議の申出がないときは、"
                    + "交付期日にこの計算書のとおり交付します。");
            sheet.contact();
            return sheet.toBytes();
        }
    }
}
