package jp.lg.collection.delinquency.succession;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.forms.TaskInputException;

/**
 * Reads the heirs a collector entered, one per line as {@code 宛名番号,分子/分母} (e.g. {@code 100000006,1/2}),
 * and refuses a list whose shares do not add up to exactly one — the whole debt must pass to someone.
 */
final class HeirList {

    private HeirList() {
    }

    static List<Heir> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new TaskInputException(field, "相続人を1行に1人、「宛名番号,分子/分母」で入力してください");
        }
        List<Heir> heirs = new ArrayList<>();
        String[] lines = text.strip().split("\\R");
        BigInteger sumNumerator = BigInteger.ZERO;
        BigInteger sumDenominator = BigInteger.ONE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = (i + 1) + "行目";
            String[] parts = line.split("[,、，]");
            if (parts.length != 2 || !parts[1].strip().matches("\\d+/\\d+")) {
                throw new TaskInputException(field, where + "「" + line + "」: 「宛名番号,分子/分母」の形で入力してください");
            }
            String[] fraction = parts[1].strip().split("/");
            int numerator = Integer.parseInt(fraction[0]);
            int denominator = Integer.parseInt(fraction[1]);
            if (numerator <= 0 || denominator < numerator) {
                throw new TaskInputException(field, where + ": 承継割合は0より大きく1以下の分数です");
            }
            heirs.add(new Heir(parts[0].strip(), numerator, denominator));
            sumNumerator = sumNumerator.multiply(BigInteger.valueOf(denominator))
                    .add(BigInteger.valueOf(numerator).multiply(sumDenominator));
            sumDenominator = sumDenominator.multiply(BigInteger.valueOf(denominator));
        }
        if (heirs.isEmpty() || !sumNumerator.equals(sumDenominator)) {
            throw new TaskInputException(field, "承継割合の合計が1になりません");
        }
        return heirs;
    }
}
