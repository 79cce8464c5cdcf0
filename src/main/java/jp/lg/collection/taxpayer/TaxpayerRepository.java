package jp.lg.collection.taxpayer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TaxpayerRepository {

    private static final String COLUMNS = """
            addressee_no, household_no, name_kanji, name_kana, birth_date, sex, postal_code, address,
            address_suffix, mailing_postal_code, mailing_address, phone1, phone2, workplace_name, district_code,
            assigned_collector, collection_rank, deceased, my_number_cipher IS NOT NULL AS has_my_number
            """;

    private final JdbcClient jdbc;
    private final MyNumberCipher cipher;

    public TaxpayerRepository(JdbcClient jdbc, MyNumberCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<Taxpayer> find(String addresseeNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM taxpayer WHERE addressee_no = ?")
                .param(addresseeNo).query(TaxpayerRepository::map).optional();
    }

    /** Several taxpayers in one query (a sweep's chunk), by addressee number; the unknown ones are missing. */
    public Map<String, Taxpayer> findAll(Collection<String> addresseeNos) {
        if (addresseeNos.isEmpty()) {
            return Map.of();
        }
        Map<String, Taxpayer> found = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM taxpayer WHERE addressee_no IN (:nos)").param("nos", addresseeNos)
                .query(TaxpayerRepository::map).list().forEach(t -> found.put(t.addresseeNo(), t));
        return found;
    }

    public Taxpayer require(String addresseeNo) {
        return find(addresseeNo).orElseThrow(
                () -> new IllegalArgumentException("addresseeNo: 宛名番号 " + addresseeNo + " の納税義務者は登録されていません"));
    }

    /** Exact search by 個人番号, through its keyed digest. Callers check the role (number-using affairs). */
    public Optional<Taxpayer> findByMyNumber(String myNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM taxpayer WHERE my_number_digest = ?")
                .param(cipher.digest(myNumber)).query(TaxpayerRepository::map).optional();
    }

    public boolean exists(String addresseeNo) {
        return jdbc.sql("SELECT COUNT(*) FROM taxpayer WHERE addressee_no = ?").param(addresseeNo)
                .query(Long.class).single() > 0;
    }

    public void insert(Taxpayer t, String myNumber, String updatedBy) {
        jdbc.sql("""
                INSERT INTO taxpayer (addressee_no, household_no, name_kanji, name_kana, birth_date, sex, postal_code,
                  address, address_suffix, mailing_postal_code, mailing_address, phone1, phone2, workplace_name,
                  district_code, assigned_collector, collection_rank, deceased, my_number_cipher, my_number_digest,
                  updated_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """)
                .params(t.addresseeNo(), t.householdNo(), t.nameKanji(), t.nameKana(), t.birthDate(), t.sex(),
                        t.postalCode(), t.address(), t.addressSuffix(), t.mailingPostalCode(), t.mailingAddress(),
                        t.phone1(), t.phone2(), t.workplaceName(), t.districtCode(), t.assignedCollector(), t.rank(),
                        t.deceased(), myNumber == null ? null : cipher.encrypt(myNumber),
                        myNumber == null ? null : cipher.digest(myNumber), updatedBy)
                .update();
    }

    public void markDeceased(String addresseeNo) {
        jdbc.sql("UPDATE taxpayer SET deceased = TRUE, updated_at = CURRENT_TIMESTAMP WHERE addressee_no = ?")
                .param(addresseeNo).update();
    }

    private static Taxpayer map(ResultSet rs, int row) throws SQLException {
        return new Taxpayer(rs.getString("addressee_no"), rs.getString("household_no"), rs.getString("name_kanji"),
                rs.getString("name_kana"), rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("sex"),
                rs.getString("postal_code"), rs.getString("address"), rs.getString("address_suffix"),
                rs.getString("mailing_postal_code"), rs.getString("mailing_address"), rs.getString("phone1"),
                rs.getString("phone2"), rs.getString("workplace_name"), rs.getString("district_code"),
                rs.getString("assigned_collector"), rs.getString("collection_rank"), rs.getBoolean("deceased"),
                rs.getBoolean("has_my_number"));
    }
}
