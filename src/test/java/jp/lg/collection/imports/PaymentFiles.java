package jp.lg.collection.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import jp.lg.collection.imports.layout.Gs1PaymentBarcode;

/**
 * Payment files built byte by byte from the documented layouts (docs/file-formats.md, payment-layouts/*.yaml), as
 * the banks and the collection agents send them: 120-byte records, Shift_JIS (half-width katakana one byte, JIS8
 * alike), numbers right-aligned zero-filled, text left-aligned space-filled.
 */
public final class PaymentFiles {

    public static final Charset SJIS = Charset.forName("Windows-31J");

    private PaymentFiles() {
    }

    /** C: text in Shift_JIS, space-filled to {@code bytes}. */
    public static byte[] c(String text, int bytes) {
        byte[] encoded = text.getBytes(SJIS);
        if (encoded.length > bytes) {
            throw new IllegalArgumentException(text + " is longer than " + bytes + " bytes");
        }
        byte[] out = new byte[bytes];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(encoded, 0, out, 0, encoded.length);
        return out;
    }

    /** N: a number, zero-filled to {@code digits}. */
    public static byte[] n(long number, int digits) {
        return String.format("%0" + digits + "d", number).getBytes(SJIS);
    }

    /** N: digits as they are, zero-filled on the left. */
    public static byte[] n(String digits, int width) {
        return ("0".repeat(width - digits.length()) + digits).getBytes(SJIS);
    }

    /** Plain ASCII. */
    public static byte[] a(String text) {
        return text.getBytes(SJIS);
    }

    /** One record from its parts; refuses a record that is not 120 bytes unless {@code length} says otherwise. */
    public static byte[] record(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        if (out.size() != 120) {
            throw new IllegalStateException("record of " + out.size() + " bytes");
        }
        return out.toByteArray();
    }

    /** The records with CR LF after each, as most banks write them. */
    public static byte[] file(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(r);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }

    /** The records back to back, without line breaks (the 全銀 transmission form). */
    public static byte[] unseparated(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** 顧客番号 / 納付番号 as this product numbers it: 賦課年度 4 + 税目コード 2 + 期別 2 + 通知書番号 12. */
    public static byte[] customerNo(int fiscalYear, String taxItem, int installment, String noticeNo) {
        return a(String.format("%04d", fiscalYear) + taxItem + String.format("%02d", installment)
                + "0".repeat(12 - noticeNo.length()) + noticeNo);
    }

    // ---- 全銀 口座振替結果 ----

    public static byte[] zenginHeader(String mmdd) {
        return record(a("1"), a("91"), a("0"), n(1234567890L, 10), c("ｸﾏｶﾞﾔｼ ｼｭｳﾉｳｶ", 40), a(mmdd), a("0001"),
                c("ﾃｽﾄｷﾞﾝｺｳ", 15), a("001"), c("ﾎﾝﾃﾝ", 15), a("1"), a("1234567"), c("", 17));
    }

    public static byte[] zenginData(int fiscalYear, String taxItem, int installment, String noticeNo, long amount,
            String result, String kanaName) {
        return record(a("2"), a("0001"), c("ﾃｽﾄｷﾞﾝｺｳ", 15), a("001"), c("ﾎﾝﾃﾝ", 15), c("", 4), a("1"), a("7654321"),
                c(kanaName, 30), n(amount, 10), a("0"), customerNo(fiscalYear, taxItem, installment, noticeNo), a(result),
                c("", 8));
    }

    public static byte[] zenginTrailer(long count, long amount, long paidCount, long paidAmount, long unpaidCount,
            long unpaidAmount) {
        return record(a("8"), n(count, 6), n(amount, 12), n(paidCount, 6), n(paidAmount, 12), n(unpaidCount, 6),
                n(unpaidAmount, 12), c("", 65));
    }

    public static byte[] zenginEnd() {
        return record(a("9"), c("", 119));
    }

    // ---- コンビニ収納 速報・確報 ----

    /** @param type 01 速報, 02 確報 */
    public static byte[] cvsHeader(String type, String createdOn) {
        return record(a("1"), a(type), a(createdOn), a("123456"), c("テスト収納代行株式会社", 40), c("", 63));
    }

    /** The 44 digits of a slip's barcode, with its check digit. */
    public static String barcode(int fiscalYear, String taxItem, int installment, String noticeNo, String reissue,
            String dueYyMmDd, long amount) {
        String first43 = "91" + "123456" + new String(customerNo(fiscalYear, taxItem, installment, noticeNo), SJIS)
                + "0" + reissue + dueYyMmDd + "0" + String.format("%06d", amount);
        return Gs1PaymentBarcode.withCheckDigit(first43);
    }

    public static byte[] cvsData(String paidOn, String barcode, long amount) {
        return record(a("2"), a(paidOn), a("1030"), c("0001234", 7), a(barcode), n(amount, 10), c("", 46));
    }

    public static byte[] cvsTrailer(long count, long amount) {
        return record(a("8"), n(count, 6), n(amount, 12), c("", 101));
    }

    public static byte[] cvsEnd() {
        return zenginEnd();
    }
}
