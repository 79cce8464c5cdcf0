package jp.lg.collection.refund;

import java.text.Normalizer;

/**
 * A bank account money is paid into: 金融機関コード (4 digits) and name, 店舗コード (3 digits) and name, 預金種目,
 * 口座番号 (7 digits, zero-padded as the 全銀 format has it) and 口座名義 in katakana. Every check names its field, so a
 * form or the API can point at it. Printed and shown with the number masked ({@link #maskedNumber()}).
 */
public record BankAccount(String bankCode, String bankName, String branchCode, String branchName, AccountType type,
        String number, String holder) {

    public BankAccount {
        bankCode = digits("bankCode", "金融機関コード", bankCode, 4);
        bankName = text("bankName", "金融機関名", bankName);
        branchCode = digits("branchCode", "店舗コード", branchCode, 3);
        branchName = text("branchName", "支店名", branchName);
        if (type == null) {
            throw new IllegalArgumentException("accountType: 預金種目を選んでください");
        }
        String n = number == null ? "" : Normalizer.normalize(number, Normalizer.Form.NFKC).strip();
        if (!n.matches("\\d{1,7}")) {
            throw new IllegalArgumentException("accountNumber: 口座番号は7桁以内の数字です");
        }
        number = "0".repeat(7 - n.length()) + n;
        holder = kana(holder);
    }

    /** "****567": the last three digits, as papers and forms show an account. */
    public String maskedNumber() {
        return "****" + number.substring(4);
    }

    /** "○○銀行 本店 普通 ****567 シケン タロウ" */
    public String label() {
        return bankName + " " + branchName + " " + type.label() + " " + maskedNumber() + " " + holder;
    }

    private static String digits(String field, String label, String value, int length) {
        String v = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (!v.matches("\\d{" + length + "}")) {
            throw new IllegalArgumentException(field + ": " + label + "は" + length + "桁の数字です");
        }
        return v;
    }

    private static String text(String field, String label, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 60) {
            throw new IllegalArgumentException(field + ": " + label + "を60字以内で入力してください");
        }
        return v;
    }

    /** 口座名義: katakana as the bank holds it (half-width is widened); no kanji or hiragana. */
    private static String kana(String value) {
        String v = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        if (v.isEmpty() || v.length() > 60) {
            throw new IllegalArgumentException("accountHolder: 口座名義(カナ)を60字以内で入力してください");
        }
        if (!v.matches("[\\p{InKatakana}ー A-Z0-9().,\\-/・）（]+")) {
            throw new IllegalArgumentException("accountHolder: 口座名義はカタカナで入力してください (" + v + ")");
        }
        return v;
    }
}
