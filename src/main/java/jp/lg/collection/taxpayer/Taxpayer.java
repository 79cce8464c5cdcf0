package jp.lg.collection.taxpayer;

import java.time.LocalDate;

/**
 * 宛名: the person or company a bill is addressed to (滞納管理ファイル 個人情報ファイル). The My Number is
 * not a field here: it stays encrypted in the table and only {@link TaxpayerRepository#findByMyNumber} uses it.
 */
public record Taxpayer(
        String addresseeNo,
        String householdNo,
        String nameKanji,
        String nameKana,
        LocalDate birthDate,
        String sex,
        String postalCode,
        String address,
        String addressSuffix,
        String mailingPostalCode,
        String mailingAddress,
        String phone1,
        String phone2,
        String workplaceName,
        String districtCode,
        String assignedCollector,
        String rank,
        boolean deceased,
        boolean myNumberRegistered) {

    /** Where notices go: the mailing address (送付先) when one is set, else the residence. */
    public String noticeAddress() {
        return mailingAddress != null && !mailingAddress.isBlank() ? mailingAddress : address
                + (addressSuffix == null ? "" : " " + addressSuffix);
    }
}
