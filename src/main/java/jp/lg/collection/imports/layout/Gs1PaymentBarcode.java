package jp.lg.collection.imports.layout;

/**
 * The GS1-128 barcode of a コンビニ払込票 (料金代理収納, 一般財団法人流通システム開発センター「GS1-128による標準料金
 * 代理収納ガイドライン」): 44 digits — AI {@code 91} (2), 請求書発行企業コード (6), 自由使用欄 (21), 再発行区分 (1),
 * 支払期限 YYMMDD (6), 印紙フラグ (1), 支払金額 (6), check digit (1). What the city writes into the 自由使用欄 is
 * its own choice; this product's slips carry the 納付番号 there (docs/file-formats.md).
 *
 * <p>Check digit: modulus 10, weights 3 and 1 alternating from the digit next to it leftwards (3 on the 43rd
 * digit), as for a JAN code, computed over the 43 digits before it, the AI included. The guideline's examples
 * were not at hand when this was written: the AI's inclusion follows the common implementations (verify against
 * the guideline before printing slips with it).
 */
public final class Gs1PaymentBarcode {

    public static final int LENGTH = 44;
    public static final String AI = "91";

    private Gs1PaymentBarcode() {
    }

    /** The check digit of the first 43 digits. */
    public static int checkDigit(String first43) {
        if (first43 == null || first43.length() != LENGTH - 1 || !first43.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("barcode: 43桁の数字からチェックデジットを計算します");
        }
        int sum = 0;
        for (int i = 0; i < first43.length(); i++) {
            int fromRight = first43.length() - 1 - i;
            sum += (first43.charAt(i) - '0') * (fromRight % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** The 44 digits: the 43 given and their check digit (for slips and tests). */
    public static String withCheckDigit(String first43) {
        return first43 + checkDigit(first43);
    }

    /** Null when the 44 digits are a barcode of this kind, else what is wrong, in Japanese. */
    public static String problem(String digits) {
        if (digits.length() != LENGTH || !digits.chars().allMatch(Character::isDigit)) {
            return "バーコードは" + LENGTH + "桁の数字です";
        }
        if (!digits.startsWith(AI)) {
            return "バーコードがAI(91)で始まっていません";
        }
        int expected = checkDigit(digits.substring(0, LENGTH - 1));
        if (digits.charAt(LENGTH - 1) - '0' != expected) {
            return "バーコードのチェックデジットが正しくありません (" + digits.charAt(LENGTH - 1) + "、正しくは " + expected + ")";
        }
        return null;
    }
}
