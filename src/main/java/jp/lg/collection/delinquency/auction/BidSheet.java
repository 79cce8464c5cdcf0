package jp.lg.collection.delinquency.auction;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.rules.Bid;

/**
 * The bids as the collector types them from the bid sheets, one per line: "入札者名,金額". The amount may carry
 * thousands separators and 円 ("山田商事,1,250,000円"): the name ends at the first comma. Blank lines are
 * skipped; line numbers count every line, as the collector sees them in the text area.
 */
public final class BidSheet {

    public record Line(int lineNo, Bid bid) {
    }

    private BidSheet() {
    }

    /** @throws TaskInputException on field {@code field}, naming the first bad line's number */
    public static List<Line> parse(String field, String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            int comma = firstComma(line);
            if (comma < 0) {
                throw bad(field, lineNo, line, "「入札者名,金額」の形式で入力してください");
            }
            String bidder = line.substring(0, comma).strip();
            if (bidder.isEmpty()) {
                throw bad(field, lineNo, line, "入札者名がありません");
            }
            String amount = line.substring(comma + 1).replaceAll("[,，\\s]", "").replaceFirst("円$", "");
            if (!amount.matches("\\d{1,15}")) {
                throw bad(field, lineNo, line, "金額は円単位の整数で入力してください");
            }
            lines.add(new Line(lineNo, new Bid(bidder, Long.parseLong(amount))));
        }
        return lines;
    }

    private static int firstComma(String line) {
        int ascii = line.indexOf(',');
        int wide = line.indexOf('，');
        if (ascii < 0) {
            return wide;
        }
        return wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private static TaskInputException bad(String field, int lineNo, String line, String why) {
        return new TaskInputException(field, lineNo + "行目: " + why + " (" + line + ")");
    }
}
