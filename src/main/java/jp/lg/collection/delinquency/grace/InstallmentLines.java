package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.YenInput;
import jp.lg.collection.rules.GraceInstallments;

/**
 * The 分割納付 of a grace as the manager types it on the decision form, one part per line: "納付期限,金額"
 * ("2026/7/31,50,000" — the date as {@link JapaneseDateInput} reads it, the amount as {@link YenInput}; the date ends
 * at the first comma). Blank lines are skipped; a bad line is refused with its number. The plan itself is checked
 * against the grace by {@link GraceInstallments}.
 */
final class InstallmentLines {

    private InstallmentLines() {
    }

    static List<GraceInstallments.Part> parse(String field, Object text) {
        List<GraceInstallments.Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        String[] lines = text.toString().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = firstComma(line);
            if (comma < 0) {
                throw new TaskInputException(field, (i + 1) + "行目: 「納付期限,金額」の形式で入力してください (" + line + ")");
            }
            LocalDate due;
            long amount;
            try {
                due = JapaneseDateInput.parse(line.substring(0, comma).strip());
                amount = YenInput.parse(line.substring(comma + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new TaskInputException(field, (i + 1) + "行目: " + e.getMessage() + " (" + line + ")");
            }
            if (amount < 1) {
                throw new TaskInputException(field, (i + 1) + "行目: 金額は1円以上です (" + line + ")");
            }
            parts.add(new GraceInstallments.Part(due, amount));
        }
        return parts;
    }

    /** The parts as the form shows them again: "2026/07/31,50,000". */
    static String format(List<GraceInstallments.Part> parts) {
        StringBuilder text = new StringBuilder();
        for (GraceInstallments.Part p : parts) {
            text.append(p.dueOn().toString().replace('-', '/')).append(',').append(String.format("%,d", p.amount()))
                    .append('\n');
        }
        return text.toString().strip();
    }

    private static int firstComma(String line) {
        int ascii = line.indexOf(',');
        int wide = line.indexOf('，');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }
}
