package jp.lg.collection.imports.layout;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The layout of one source's payment file, as data (a YAML file under {@code payment-layouts/} or the city's
 * layout directory; docs/file-formats.md): fixed-width records of {@code recordLength} bytes or CSV lines, each
 * record's type told by the {@code recordType} field (全銀: 1 header, 2 data, 8 trailer, 9 end), the fields of each
 * record type by position, how their bytes are decoded ({@code encoding}), which of them the application reads
 * ({@link Role}) and how a data record is named for idempotency ({@code recordKey}).
 *
 * @param id              the layout's name in the import URL and in {@code import_run.kind} ({@code zengin-debit-result})
 * @param name            what a city employee reads (全銀 口座振替結果)
 * @param source          the public source of the format, for whoever checks the layout against it
 * @param kind            what the data records mean ({@link LayoutKind})
 * @param channel         the payment channel money of this file is recorded with: BANK, CVS, MPN or DIRECT_DEBIT
 * @param format          FIXED or CSV
 * @param encoding        JIS8 (JIS X 0201: ASCII and 半角カナ, one byte each), Shift_JIS (Windows-31J) or UTF-8
 * @param recordLength    FIXED: bytes per record, not counting an optional CR LF between records
 * @param recordType      where the record-type code is (FIXED: start/length; CSV: column); absent: all records are data
 * @param skipLines       CSV: lines before the first record (a line of column names)
 * @param recordKey       the fields (of the data record, its barcode's parts, or the header) whose text, joined
 *                        after {@code recordKeyPrefix}, is the record's id — a record already imported is not
 *                        imported twice; at most 30 characters
 * @param recordKeyPrefix tells this source's record ids from other sources'
 */
public record PaymentLayout(String id, String name, String source, LayoutKind kind, String channel, Format format,
        String encoding, Integer recordLength, FieldDef recordType, Integer skipLines, List<String> recordKey,
        String recordKeyPrefix, RecordDef header, RecordDef data, RecordDef trailer, RecordDef end) {

    public enum Format { FIXED, CSV }

    /** The record id is appended with a bill id into 40-character columns (payment.bank_record_id). */
    public static final int MAX_RECORD_ID = 30;
    static final Set<String> CHANNELS = Set.of("BANK", "CVS", "MPN", "DIRECT_DEBIT");
    static final Set<String> DATE_FORMATS = Set.of("yyyyMMdd", "yyMMdd", "MMdd");
    /** The kinds of the CSV imports of {@code /api/imports/{kind}}: a layout may not take their names. */
    static final Set<String> RESERVED = Set.of("taxpayers", "bills", "payments");
    static final Set<Role> DATA_ROLES = Set.of(Role.FISCAL_YEAR, Role.TAX_ITEM, Role.NOTICE_NO, Role.INSTALLMENT_NO,
            Role.PAID_ON, Role.AMOUNT, Role.RESULT_CODE, Role.PAYER_NAME, Role.DUE_DATE);
    static final Set<Role> TRAILER_ROLES = Set.of(Role.TOTAL_COUNT, Role.TOTAL_AMOUNT, Role.PAID_COUNT,
            Role.PAID_AMOUNT, Role.UNPAID_COUNT, Role.UNPAID_AMOUNT);
    static final List<Role> REQUIRED = List.of(Role.FISCAL_YEAR, Role.TAX_ITEM, Role.NOTICE_NO, Role.INSTALLMENT_NO,
            Role.PAID_ON, Role.AMOUNT);

    /**
     * One record type.
     *
     * @param code   the record-type code (全銀: "1", "2", "8", "9"); null when the layout has no record type
     * @param fields the fields by position
     */
    public record RecordDef(String code, List<FieldDef> fields) {
        public RecordDef {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * One field.
     *
     * @param name       as the source's specification names it (引落日, 顧客番号)
     * @param start      FIXED: first byte, 1-based (a barcode part: first digit within the 44)
     * @param length     FIXED: bytes; CSV: the most characters the field may hold
     * @param column     CSV: 1-based column
     * @param type       how it is read; TEXT when absent
     * @param format     DATE: yyyyMMdd, yyMMdd or MMdd
     * @param role       what the application reads it as; none for a field only checked
     * @param value      the only text the field may hold (全銀's 種別コード 91)
     * @param values     the texts the field may hold (振替結果コード 0–9)
     * @param optional   blank (spaces, or zeros for a date) is allowed
     * @param stripZeros DIGITS: leading zeros are not part of the value (a 通知書番号 right-aligned and zero-filled)
     * @param parts      BARCODE: its fields, by digit position within the 44
     */
    public record FieldDef(String name, Integer start, Integer length, Integer column, FieldType type, String format,
            Role role, String value, List<String> values, Boolean optional, Boolean stripZeros, List<FieldDef> parts) {
        public FieldDef {
            type = type == null ? FieldType.TEXT : type;
            parts = parts == null ? List.of() : List.copyOf(parts);
            values = values == null ? List.of() : List.copyOf(values);
        }

        boolean allowsBlank() {
            return Boolean.TRUE.equals(optional);
        }

        boolean dropsZeros() {
            return Boolean.TRUE.equals(stripZeros);
        }
    }

    public boolean fixed() {
        return format == Format.FIXED;
    }

    public boolean jis8() {
        return "JIS8".equalsIgnoreCase(encoding);
    }

    /** The charset the bytes of a field are decoded with (JIS8's one-byte codes decode alike in Windows-31J). */
    public Charset charset() {
        return "UTF-8".equalsIgnoreCase(encoding) ? java.nio.charset.StandardCharsets.UTF_8
                : Charset.forName("Windows-31J");
    }

    /** The record types in the order a file holds them (header, data, trailer, end), those the layout has. */
    List<RecordDef> recordDefs() {
        return Stream.of(header, data, trailer, end).filter(java.util.Objects::nonNull).toList();
    }

    /** A field of the data record (or of its barcode) or of the header, by name; null when there is none. */
    FieldDef keyField(String fieldName) {
        for (RecordDef record : Stream.of(data, header).filter(java.util.Objects::nonNull).toList()) {
            for (FieldDef f : record.fields()) {
                if (fieldName.equals(f.name())) {
                    return f;
                }
                for (FieldDef p : f.parts()) {
                    if (fieldName.equals(p.name())) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the data record, its barcode or the header gives the role. */
    boolean gives(Role role) {
        return Stream.of(data, header).filter(java.util.Objects::nonNull)
                .flatMap(r -> r.fields().stream())
                .flatMap(f -> Stream.concat(Stream.of(f), f.parts().stream()))
                .anyMatch(f -> f.role() == role);
    }

    /** What is wrong with the layout, each naming the place; empty when it can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,19}")) {
            problems.add("id: 半角英小文字・数字・ハイフンの20文字以内です (" + id + ")");
        } else if (RESERVED.contains(id)) {
            problems.add("id: " + id + " はCSV取込の種別名です");
        }
        if (name == null || name.isBlank()) {
            problems.add("name: 必須です");
        }
        if (kind == null) {
            problems.add("kind: PAYMENT・DIRECT_DEBIT_RESULT・CVS_PRELIMINARY・CVS_FINAL のいずれかです");
        }
        if (channel == null || !CHANNELS.contains(channel)) {
            problems.add("channel: BANK・CVS・MPN・DIRECT_DEBIT のいずれかです (" + channel + ")");
        }
        if (format == null) {
            problems.add("format: FIXED か CSV です");
            return problems;
        }
        if (encoding == null || !Set.of("JIS8", "SHIFT_JIS", "WINDOWS-31J", "UTF-8").contains(encoding.toUpperCase())) {
            problems.add("encoding: JIS8・Shift_JIS・UTF-8 のいずれかです (" + encoding + ")");
        }
        if (fixed() && (recordLength == null || recordLength < 1 || recordLength > 1000)) {
            problems.add("recordLength: 1〜1000 バイトです (" + recordLength + ")");
            return problems;
        }
        if (data == null || data.fields().isEmpty()) {
            problems.add("data: データレコードの項目がありません");
            return problems;
        }
        boolean typed = header != null || trailer != null || end != null;
        if (typed && recordType == null) {
            problems.add("recordType: ヘッダー・トレーラ・エンドレコードがあるときはレコード種別の位置が必要です");
        }
        if (recordType != null) {
            position("recordType", recordType, fixed() ? recordLength : null, problems);
            Set<String> codes = new HashSet<>();
            for (RecordDef r : recordDefs()) {
                if (r.code() == null || r.code().isEmpty()) {
                    problems.add("records: レコード種別コードのないレコードがあります");
                } else if (!codes.add(r.code())) {
                    problems.add("records: レコード種別コード " + r.code() + " が重複しています");
                }
            }
        }
        check("header", header, problems);
        check("data", data, problems);
        check("trailer", trailer, problems);
        check("end", end, problems);
        for (Role role : REQUIRED) {
            if (!gives(role)) {
                problems.add("data: " + role + " の項目がありません");
            }
        }
        if (kind == LayoutKind.DIRECT_DEBIT_RESULT && !gives(Role.RESULT_CODE)) {
            problems.add("data: 口座振替結果には RESULT_CODE (振替結果コード) の項目が必要です");
        }
        if (recordKey == null || recordKey.isEmpty()) {
            problems.add("recordKey: レコードを識別する項目を指定してください");
        } else {
            int length = recordKeyPrefix == null ? 0 : recordKeyPrefix.length();
            for (String key : recordKey) {
                FieldDef f = keyField(key);
                if (f == null) {
                    problems.add("recordKey: 項目「" + key + "」がデータレコードにもヘッダーにもありません");
                } else if (f.length() == null) {
                    problems.add("recordKey: 項目「" + key + "」に length (最大文字数) がありません");
                } else {
                    length += f.length();
                }
            }
            if (length > MAX_RECORD_ID) {
                problems.add("recordKey: レコード番号は" + MAX_RECORD_ID + "文字以内です (" + length + "文字)");
            }
        }
        return problems;
    }

    private void check(String place, RecordDef record, List<String> problems) {
        if (record == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        List<int[]> taken = new ArrayList<>();
        for (FieldDef f : record.fields()) {
            String at = place + "." + f.name();
            if (f.name() == null || f.name().isBlank()) {
                problems.add(place + ": 名前のない項目があります");
                continue;
            }
            if (!names.add(f.name())) {
                problems.add(at + ": 項目名が重複しています");
            }
            position(at, f, fixed() ? recordLength : null, problems);
            if (fixed() && f.start() != null && f.length() != null) {
                for (int[] t : taken) {
                    if (f.start() < t[0] + t[1] && t[0] < f.start() + f.length()) {
                        problems.add(at + ": 他の項目と位置が重なっています (" + f.start() + "〜)");
                    }
                }
                taken.add(new int[] {f.start(), f.length()});
            }
            checkType(at, f, problems);
            if (f.role() != null) {
                boolean trailerRole = TRAILER_ROLES.contains(f.role());
                if (record == trailer ? !trailerRole : trailerRole) {
                    problems.add(at + ": " + f.role() + " はこのレコードでは使えません");
                }
            }
            if (f.type() == FieldType.BARCODE) {
                if (fixed() && !Integer.valueOf(Gs1PaymentBarcode.LENGTH).equals(f.length())) {
                    problems.add(at + ": バーコードは" + Gs1PaymentBarcode.LENGTH + "桁です");
                }
                for (FieldDef p : f.parts()) {
                    String partAt = at + "." + p.name();
                    position(partAt, p, Gs1PaymentBarcode.LENGTH, problems);
                    checkType(partAt, p, problems);
                    if (p.type() == FieldType.BARCODE || p.type() == FieldType.TEXT) {
                        problems.add(partAt + ": バーコードの部分は DIGITS・YEN・NUMBER・DATE です");
                    }
                }
            } else if (!f.parts().isEmpty()) {
                problems.add(at + ": parts はバーコード (BARCODE) の項目だけに書けます");
            }
        }
    }

    private static void checkType(String at, FieldDef f, List<String> problems) {
        if (f.type() == FieldType.DATE && !DATE_FORMATS.contains(f.format())) {
            problems.add(at + ": 日付の format は yyyyMMdd・yyMMdd・MMdd のいずれかです (" + f.format() + ")");
        }
        if (f.role() != null && !typesOf(f.role()).contains(f.type())) {
            problems.add(at + ": " + f.role() + " の項目の type は " + typesOf(f.role()) + " のいずれかです (" + f.type()
                    + ")");
        }
    }

    /** The types a field of the role may have. */
    static Set<FieldType> typesOf(Role role) {
        return switch (role) {
            case FISCAL_YEAR, INSTALLMENT_NO -> Set.of(FieldType.NUMBER, FieldType.DIGITS);
            case TAX_ITEM -> Set.of(FieldType.DIGITS);
            case NOTICE_NO, RESULT_CODE -> Set.of(FieldType.DIGITS, FieldType.TEXT);
            case PAID_ON, DUE_DATE -> Set.of(FieldType.DATE);
            case PAYER_NAME -> Set.of(FieldType.TEXT);
            default -> Set.of(FieldType.YEN, FieldType.NUMBER);
        };
    }

    /** FIXED (or a barcode part): start and length within {@code width}; CSV: a column. */
    private void position(String at, FieldDef f, Integer width, List<String> problems) {
        if (width != null) {
            if (f.start() == null || f.length() == null || f.start() < 1 || f.length() < 1
                    || f.start() + f.length() - 1 > width) {
                problems.add(at + ": 位置 (start, length) が 1〜" + width + " の範囲にありません");
            }
        } else if (f.column() == null || f.column() < 1) {
            problems.add(at + ": 列番号 (column) が必要です");
        }
    }
}
