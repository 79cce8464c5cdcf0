package jp.lg.collection.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The issuing city as printed on every notice ({@code collection.city} in application.yaml). A notice is a
 * disposition of the 長 of the city (地方税法329①: the 徴税吏員 issues it in the mayor's name), so the
 * mayor's title and name, the section that answers questions and its telephone are part of the paper.
 *
 * @param name       市町村名, e.g. 熊谷市
 * @param section    担当課, e.g. 市民部収納課
 * @param mayor      発行者, e.g. 熊谷市長 熊谷 一郎
 * @param postalCode 庁舎の郵便番号
 * @param address    庁舎の住所
 * @param phone      問い合わせ先電話番号
 */
@ConfigurationProperties("collection.city")
public record CityProperties(String name, String section, String mayor, String postalCode, String address,
        String phone) {

    public CityProperties {
        name = orDefault(name, "〇〇市");
        section = orDefault(section, "収納課");
        mayor = orDefault(mayor, name + "長");
        postalCode = orDefault(postalCode, "");
        address = orDefault(address, "");
        phone = orDefault(phone, "");
    }

    /** "熊谷市 市民部収納課 電話 048-524-1111" — where a taxpayer asks. */
    public String contact() {
        return (name + " " + section + (phone.isBlank() ? "" : " 電話 " + phone)).trim();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
