package jp.lg.collection.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.taxpayer.MyNumberCipher;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerMoved;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 宛名 from the resident/assessment systems (庁内連携). A known addressee is updated where the file differs;
 * a new one is added. The My Number column is checked (12 digits, check digit) and stored encrypted; no
 * error message ever repeats it. A changed 地区コード or 担当者 is published as {@link TaxpayerMoved} (the open
 * cases' access moves with it).
 */
@Component
public class TaxpayerImport implements ImportKind<TaxpayerImport.Row> {

    static final List<String> HEADER = List.of("宛名番号", "個人番号", "漢字氏名", "カナ氏名", "生年月日", "性別", "郵便番号",
            "住所", "方書", "電話番号", "地区コード", "担当者");

    record Row(Taxpayer taxpayer, String myNumber) {
    }

    private final TaxpayerRepository taxpayers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public TaxpayerImport(TaxpayerRepository taxpayers, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.taxpayers = taxpayers;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String kind() {
        return "TAXPAYERS";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public Row parse(CSVRecord record, Problems problems) {
        Fields f = new Fields(record, HEADER, problems);
        String addresseeNo = f.digits("宛名番号", 1, 15);
        String myNumber = f.optional("個人番号");
        if (myNumber != null) {
            try {
                MyNumberCipher.requireValid(myNumber);
            } catch (IllegalArgumentException e) {
                f.problem("個人番号", "12桁で検査用数字の正しい個人番号ではありません");
            }
        }
        String kanji = f.text("漢字氏名", 100);
        String kana = f.text("カナ氏名", 100);
        if (kana != null && !kana.matches("[\\p{InKatakana}ー\\s　・]+")) {
            f.problem("カナ氏名", "全角カタカナで入力してください");
        }
        LocalDate birth = f.date("生年月日", false);
        String sex = f.optional("性別");
        if (sex != null && !sex.matches("[129]")) {
            f.problem("性別", "1(男)・2(女)・9(その他・法人) のいずれかです");
        }
        String postal = f.optional("郵便番号");
        if (postal != null && !postal.matches("\\d{3}-?\\d{4}")) {
            f.problem("郵便番号", "123-4567 の形です");
        }
        String address = f.text("住所", 200);
        String suffix = f.optional("方書", 100);
        String phone = f.optional("電話番号", 20);
        String district = f.optional("地区コード", 10);
        String collector = f.optional("担当者", 64);
        if (f.failed()) {
            return null;
        }
        return new Row(new Taxpayer(addresseeNo, null, kanji, kana, birth, sex, postal, address, suffix, null, null,
                phone, null, null, district, collector, null, false, false), myNumber);
    }

    /**
     * A My Number on two lines of the file, or already held by another addressee, names the line (the unique
     * digest would otherwise refuse the row only at the write). The check keeps the numbers seen, as longs.
     */
    @Override
    public Conflicts<Row> conflicts() {
        Map<Long, Integer> seen = new HashMap<>();
        return (row, lineNo, problems) -> {
            if (row.myNumber() == null) {
                return;
            }
            Integer first = seen.putIfAbsent(Long.parseLong(row.myNumber()), lineNo);
            if (first != null) {
                problems.add("個人番号", first + "行目と同じ個人番号です");
                return;
            }
            taxpayers.findByMyNumber(row.myNumber()).map(Taxpayer::addresseeNo)
                    .filter(holder -> !holder.equals(row.taxpayer().addresseeNo()))
                    .ifPresent(holder -> problems.add("個人番号", "宛名番号 " + holder + " に同じ個人番号が登録されています"));
        };
    }

    @Override
    public boolean write(Row row, String by) {
        Taxpayer t = row.taxpayer();
        var existing = taxpayers.find(t.addresseeNo());
        if (existing.isEmpty()) {
            taxpayers.insert(t, row.myNumber(), by);
            return true;
        }
        Taxpayer e = existing.get();
        boolean same = java.util.Objects.equals(e.nameKanji(), t.nameKanji()) && java.util.Objects.equals(e.nameKana(), t.nameKana())
                && java.util.Objects.equals(e.address(), t.address()) && java.util.Objects.equals(e.addressSuffix(), t.addressSuffix())
                && java.util.Objects.equals(e.phone1(), t.phone1()) && java.util.Objects.equals(e.districtCode(), t.districtCode())
                && java.util.Objects.equals(e.assignedCollector(), t.assignedCollector())
                && java.util.Objects.equals(e.postalCode(), t.postalCode());
        if (same) {
            return false;
        }
        jdbc.sql("""
                UPDATE taxpayer SET name_kanji = ?, name_kana = ?, postal_code = ?, address = ?, address_suffix = ?,
                  phone1 = ?, district_code = ?, assigned_collector = ?, updated_at = CURRENT_TIMESTAMP, updated_by = ?
                WHERE addressee_no = ?
                """).params(t.nameKanji(), t.nameKana(), t.postalCode(), t.address(), t.addressSuffix(), t.phone1(),
                t.districtCode(), t.assignedCollector(), by, t.addresseeNo()).update();
        TaxpayerMoved moved = new TaxpayerMoved(t.addresseeNo(), e.districtCode(), t.districtCode(),
                e.assignedCollector(), t.assignedCollector());
        if (moved.any()) {
            events.publishEvent(moved);
        }
        return true;
    }
}
