package jp.lg.collection.delinquency.auction;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.documents.Addressee;
import jp.lg.collection.forms.TaskInputException;

/**
 * The interested parties of an auctioned property (徴96①: those with a pledge, mortgage or other right on it, and
 * those who made a delivery demand, as far as the city knows them), as the collector types them on the auction
 * plan, one per line: "氏名又は名称,住所" (the address may be left out). Blank lines are skipped; a bad line is
 * refused with its number.
 */
public final class InterestedParties {

    /** The form field. */
    public static final String FIELD = "interestedParties";

    private InterestedParties() {
    }

    public static List<Addressee> parse(Object text) {
        List<Addressee> parties = new ArrayList<>();
        if (text == null) {
            return parties;
        }
        String[] lines = text.toString().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = firstComma(line);
            String name = (comma < 0 ? line : line.substring(0, comma)).strip();
            String address = comma < 0 ? null : line.substring(comma + 1).strip();
            if (name.isEmpty()) {
                throw new TaskInputException(FIELD, (i + 1) + "行目: 氏名又は名称がありません (" + line + ")");
            }
            if (name.length() > 100 || (address != null && address.length() > 200)) {
                throw new TaskInputException(FIELD, (i + 1) + "行目: 氏名は100文字、住所は200文字までです");
            }
            parties.add(new Addressee(null, null, address == null || address.isEmpty() ? null : address, name));
        }
        return parties;
    }

    private static int firstComma(String line) {
        int ascii = line.indexOf(',');
        int wide = line.indexOf('，');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }
}
