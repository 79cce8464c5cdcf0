package jp.lg.collection.documents;

import jp.lg.collection.taxpayer.Taxpayer;

/**
 * Whom a notice is sent to, as printed in the window of the envelope: postal code, mailing address (送付先
 * when registered, else the residence) and name.
 */
public record Addressee(String addresseeNo, String postalCode, String address, String name) {

    public static Addressee of(Taxpayer t) {
        boolean mailing = t.mailingAddress() != null && !t.mailingAddress().isBlank();
        String postal = mailing ? t.mailingPostalCode() : t.postalCode();
        return new Addressee(t.addresseeNo(), postal, t.noticeAddress(), t.nameKanji());
    }

    /** "〒360-8601" or empty. */
    public String postalLine() {
        if (postalCode == null || postalCode.isBlank()) {
            return "";
        }
        String digits = postalCode.replace("-", "");
        return "〒" + (digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : postalCode);
    }
}
