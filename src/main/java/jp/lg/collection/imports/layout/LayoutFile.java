package jp.lg.collection.imports.layout;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.imports.layout.PaymentLayout.FieldDef;
import jp.lg.collection.imports.layout.PaymentLayout.RecordDef;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a payment file after its {@link PaymentLayout}, in one pass over the spooled bytes: splits it into records
 * (fixed-width records with or without CR LF between them, or CSV lines), checks the order of the record types
 * (header, data…, trailer, again for each group, then the end record), decodes each field of each record from its
 * bytes (JIS8 half-width katakana, Shift_JIS, UTF-8 — a field is cut by bytes, then decoded), checks it against its
 * type, verifies a barcode's check digit, and checks each trailer's counts and amounts against the data records of
 * its group. Every problem is reported with the record's number (1 = the first record) and the field's name; each
 * valid data record is handed on as a {@link PaymentLine}.
 */
public final class LayoutFile {

    /** Where the problems of a file go. */
    public interface Problems {
        void add(int lineNo, String field, String message);
    }

    /** Where the valid data records go, in file order. */
    public interface Lines {
        void accept(PaymentLine line);
    }

    /**
     * What a read found.
     *
     * @param dataRecords the data records (valid or not)
     * @param unreadable  the file could not be split into records at all (broken CSV quoting)
     */
    public record Result(int dataRecords, boolean unreadable) {
    }

    private static final byte EOF_MARK = 0x1A;

    private final PaymentLayout layout;
    private final LocalDate today;
    private final Problems problems;
    private final CharsetDecoder decoder;

    private LayoutFile(PaymentLayout layout, LocalDate today, Problems problems) {
        this.layout = layout;
        this.today = today;
        this.problems = problems;
        this.decoder = layout.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Reads the file, handing each valid data record to {@code lines} and each problem to {@code problems}.
     *
     * @param today the import's day: a date written without its year (全銀's MMDD) is the one nearest to it
     */
    public static Result read(PaymentLayout layout, Path spool, LocalDate today, Lines lines, Problems problems)
            throws IOException {
        return new LayoutFile(layout, today, problems).read(spool, lines);
    }

    /** One record as the file holds it: bytes (FIXED) or columns (CSV). */
    private record Raw(int lineNo, byte[] bytes, List<String> columns) {
    }

    private Result read(Path spool, Lines lines) throws IOException {
        Structure structure = new Structure(lines);
        if (layout.fixed()) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(spool), 1 << 16)) {
                boolean separated = separated(spool);
                int lineNo = 0;
                while (true) {
                    byte[] bytes = separated ? nextLine(in) : in.readNBytes(layout.recordLength());
                    if (bytes == null || bytes.length == 0 || isEofMark(bytes)) {
                        if (bytes != null && bytes.length == 0 && separated) {
                            if (in.available() > 0) { // an empty line inside the file
                                lineNo++;
                                problems.add(lineNo, "line", "空の行です");
                                continue;
                            }
                        }
                        break;
                    }
                    lineNo++;
                    if (bytes.length != layout.recordLength()) {
                        problems.add(lineNo, "line", "レコード長が " + bytes.length + " バイトです ("
                                + layout.recordLength() + " バイトのレコードです)");
                        structure.broken(lineNo);
                        continue;
                    }
                    structure.accept(new Raw(lineNo, bytes, null));
                }
                return structure.finish(lineNo);
            }
        }
        try (CSVParser parser = openCsv(spool)) {
            Iterator<CSVRecord> records = parser.iterator();
            int skip = layout.skipLines() == null ? 0 : layout.skipLines();
            int lineNo = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    problems.add(lineNo + 1, "line", "CSVとして読めません: 引用符（\"）が閉じられていません");
                    return new Result(structure.dataRecords, true);
                }
                lineNo = (int) record.getRecordNumber();
                if (lineNo <= skip) {
                    continue;
                }
                structure.accept(new Raw(lineNo, null, record.toList()));
            }
            return structure.finish(lineNo);
        }
    }

    /** Whether the records are separated by CR LF (or LF, or CR): a line break within the first record's reach. */
    private boolean separated(Path spool) throws IOException {
        try (InputStream in = Files.newInputStream(spool)) {
            byte[] head = in.readNBytes(layout.recordLength() + 2);
            for (byte b : head) {
                if (b == '\n' || b == '\r') {
                    return true;
                }
            }
            return false;
        }
    }

    /** The bytes up to the next CR LF, LF or CR (not included); null at the end of the file. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n' && b != '\r') {
            line.write(b);
            b = in.read();
        }
        if (b == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        return line.toByteArray();
    }

    private static boolean isEofMark(byte[] bytes) {
        for (byte b : bytes) {
            if (b != EOF_MARK) {
                return false;
            }
        }
        return true;
    }

    private CSVParser openCsv(Path spool) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(spool)).get();
        Reader reader = new java.io.InputStreamReader(in, layout.charset());
        return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
    }

    /** The record types in order, the groups and their sums. */
    private final class Structure {
        private final Lines lines;
        /** Between groups (before a header, after a trailer), inside a group, after the end record. */
        private State state;
        private Group group = new Group(Map.of(), Map.of());
        int dataRecords;
        private int groupStart;

        Structure(Lines lines) {
            this.lines = lines;
            this.state = layout.header() != null ? State.BETWEEN : State.IN_GROUP;
        }

        /** A record too broken to read (a short record): its group's sums can no longer be checked. */
        void broken(int lineNo) {
            group.broken = true;
        }

        void accept(Raw raw) {
            RecordDef def = definitionOf(raw);
            if (def == null) {
                return;
            }
            if (state == State.ENDED) {
                problems.add(raw.lineNo(), "line", "エンドレコードの後にレコードがあります");
                return;
            }
            if (def == layout.header()) {
                if (state == State.IN_GROUP) {
                    problems.add(raw.lineNo(), "line", "前のグループ (" + groupStart + "行目〜) にトレーラレコードがありません");
                }
                Fields header = fields(raw, def);
                group = new Group(header.byRole, header.texts);
                groupStart = raw.lineNo();
                state = State.IN_GROUP;
            } else if (def == layout.data()) {
                dataRecords++;
                if (state != State.IN_GROUP) {
                    problems.add(raw.lineNo(), "line", state == State.BETWEEN && groupStart == 0
                            ? "ヘッダーレコードの前にデータレコードがあります"
                            : "トレーラレコードの後、ヘッダーレコードの前にデータレコードがあります");
                    group.broken = true;
                    return;
                }
                data(raw, def);
            } else if (def == layout.trailer()) {
                if (state != State.IN_GROUP) {
                    problems.add(raw.lineNo(), "line", "ヘッダーレコードのないトレーラレコードです");
                    return;
                }
                trailer(raw, def);
                state = State.BETWEEN;
            } else {
                if (state == State.IN_GROUP && layout.trailer() != null) {
                    problems.add(raw.lineNo(), "line", "グループ (" + groupStart + "行目〜) のトレーラレコードがないままエンドレコードです");
                }
                fields(raw, def);
                state = State.ENDED;
            }
        }

        Result finish(int lastLine) {
            if (lastLine == 0) {
                problems.add(1, "line", "空のファイルです");
            } else if (state == State.IN_GROUP && layout.trailer() != null) {
                problems.add(lastLine, "line", "トレーラレコードがありません (ファイルが途中で切れています)");
            } else if (state != State.ENDED && layout.end() != null) {
                problems.add(lastLine, "line", "エンドレコードがありません (ファイルが途中で切れています)");
            }
            return new Result(dataRecords, false);
        }

        /** The record type of the record's code; null after reporting a code no record type has. */
        private RecordDef definitionOf(Raw raw) {
            if (layout.recordType() == null) {
                return layout.data();
            }
            String code = layout.fixed() ? ascii(raw.bytes(), layout.recordType())
                    : column(raw, layout.recordType());
            if (code == null) {
                group.broken = true;
                return null;
            }
            code = code.strip();
            for (RecordDef def : layout.recordDefs()) {
                if (def.code().equals(code)) {
                    return def;
                }
            }
            problems.add(raw.lineNo(), "line", "レコード種別「" + code + "」はこのレイアウトにありません");
            group.broken = true;
            return null;
        }

        private void data(Raw raw, RecordDef def) {
            Fields fields = fields(raw, def);
            if (fields.failed) {
                group.broken = true;
                return;
            }
            Map<Role, Object> v = new EnumMap<>(Role.class);
            v.putAll(group.headerByRole);
            v.putAll(fields.byRole);
            for (Role role : PaymentLayout.REQUIRED) {
                if (v.get(role) == null) {
                    problems.add(raw.lineNo(), fieldOf(role), "必須です");
                    group.broken = true;
                    return;
                }
            }
            Object barcodeAmount = fields.barcodeAmount;
            long amount = (Long) v.get(Role.AMOUNT);
            if (barcodeAmount != null && fields.recordAmount != null && !barcodeAmount.equals(fields.recordAmount)) {
                problems.add(raw.lineNo(), fields.recordAmountField, "金額 " + fields.recordAmount
                        + " 円がバーコードの金額 " + barcodeAmount + " 円と一致しません");
                group.broken = true;
                return;
            }
            TaxItem item;
            try {
                item = TaxItem.ofCode(String.valueOf(v.get(Role.TAX_ITEM)));
            } catch (IllegalArgumentException e) {
                problems.add(raw.lineNo(), fieldOf(Role.TAX_ITEM), "税目コード " + v.get(Role.TAX_ITEM) + " は扱えません (01〜04)");
                group.broken = true;
                return;
            }
            int installment = whole(v.get(Role.INSTALLMENT_NO));
            if (installment < 1 || installment > 12) {
                problems.add(raw.lineNo(), fieldOf(Role.INSTALLMENT_NO), "期別は 1〜12 です (" + installment + ")");
                group.broken = true;
                return;
            }
            int fiscalYear = whole(v.get(Role.FISCAL_YEAR));
            if (fiscalYear < 2000 || fiscalYear > 2100) {
                problems.add(raw.lineNo(), fieldOf(Role.FISCAL_YEAR), "賦課年度は 2000〜2100 です (" + fiscalYear + ")");
                group.broken = true;
                return;
            }
            String noticeNo = (String) v.get(Role.NOTICE_NO);
            if (noticeNo == null || noticeNo.isEmpty()) {
                problems.add(raw.lineNo(), fieldOf(Role.NOTICE_NO), "通知書番号がありません");
                group.broken = true;
                return;
            }
            String resultCode = (String) v.get(Role.RESULT_CODE);
            boolean money = resultCode == null || "0".equals(resultCode);
            if (money && amount == 0) {
                problems.add(raw.lineNo(), fieldOf(Role.AMOUNT), "0円の納付はありません");
                group.broken = true;
                return;
            }
            StringBuilder recordId = new StringBuilder(layout.recordKeyPrefix() == null ? "" : layout.recordKeyPrefix());
            for (String key : layout.recordKey()) {
                String text = fields.texts.containsKey(key) ? fields.texts.get(key) : group.headerTexts.get(key);
                recordId.append(text == null ? "" : text);
            }
            String payer = (String) v.get(Role.PAYER_NAME);
            group.count++;
            group.amount += amount;
            if (money) {
                group.paidCount++;
                group.paidAmount += amount;
            }
            lines.accept(new PaymentLine(raw.lineNo(), recordId.toString(), fiscalYear, item, noticeNo, installment,
                    (LocalDate) v.get(Role.PAID_ON), amount, resultCode,
                    payer == null || payer.isBlank() ? null : Normalizer.normalize(payer, Normalizer.Form.NFKC).strip(),
                    (LocalDate) v.get(Role.DUE_DATE)));
        }

        /** The name of the field that gives the role, for a problem's field column. */
        private String fieldOf(Role role) {
            for (RecordDef r : List.of(layout.data(), layout.header() == null ? layout.data() : layout.header())) {
                for (FieldDef f : r.fields()) {
                    if (f.role() == role) {
                        return f.name();
                    }
                    for (FieldDef p : f.parts()) {
                        if (p.role() == role) {
                            return p.name();
                        }
                    }
                }
            }
            return "line";
        }

        private void trailer(Raw raw, RecordDef def) {
            Fields fields = fields(raw, def);
            if (fields.failed || group.broken) {
                return; // the group's own problems are reported; its sums cannot be compared
            }
            compare(raw.lineNo(), def, Role.TOTAL_COUNT, fields, group.count, "件数");
            compare(raw.lineNo(), def, Role.TOTAL_AMOUNT, fields, group.amount, "金額");
            compare(raw.lineNo(), def, Role.PAID_COUNT, fields, group.paidCount, "振替済の件数");
            compare(raw.lineNo(), def, Role.PAID_AMOUNT, fields, group.paidAmount, "振替済の金額");
            compare(raw.lineNo(), def, Role.UNPAID_COUNT, fields, group.count - group.paidCount, "振替不能の件数");
            compare(raw.lineNo(), def, Role.UNPAID_AMOUNT, fields, group.amount - group.paidAmount, "振替不能の金額");
        }

        private void compare(int lineNo, RecordDef def, Role role, Fields fields, long actual, String what) {
            Object stated = fields.byRole.get(role);
            if (stated == null) {
                return;
            }
            if (((Number) stated).longValue() != actual) {
                String field = def.fields().stream().filter(f -> f.role() == role).map(FieldDef::name).findFirst()
                        .orElse(role.name());
                problems.add(lineNo, field, "トレーラレコードの" + field + " " + stated + " がデータレコードの" + what + " "
                        + actual + " と一致しません (" + groupStart + "行目からのグループ)");
            }
        }
    }

    private enum State { BETWEEN, IN_GROUP, ENDED }

    /** A group: a header's values and the sums of its data records. */
    private static final class Group {
        final Map<Role, Object> headerByRole;
        final Map<String, String> headerTexts;
        long count;
        long amount;
        long paidCount;
        long paidAmount;
        boolean broken;

        Group(Map<Role, Object> headerByRole, Map<String, String> headerTexts) {
            this.headerByRole = headerByRole;
            this.headerTexts = headerTexts;
        }
    }

    /** The fields of one record: values by role, texts by name (for the record key), whether any was refused. */
    private static final class Fields {
        final Map<Role, Object> byRole = new EnumMap<>(Role.class);
        final Map<String, String> texts = new HashMap<>();
        boolean failed;
        Long barcodeAmount;
        Long recordAmount;
        String recordAmountField;
    }

    private Fields fields(Raw raw, RecordDef def) {
        Fields out = new Fields();
        for (FieldDef f : def.fields()) {
            String text;
            if (layout.fixed()) {
                text = decode(raw, f);
            } else {
                text = column(raw, f);
                if (text != null && f.length() != null && text.strip().length() > f.length()) {
                    problems.add(raw.lineNo(), f.name(), f.length() + "文字以内です");
                    text = null;
                }
            }
            if (text == null) {
                out.failed = true;
                continue;
            }
            Object value = value(raw.lineNo(), f, text);
            if (value == Refused.VALUE) {
                out.failed = true;
                continue;
            }
            out.texts.put(f.name(), keyText(f, text));
            if (f.type() == FieldType.BARCODE && value != null) {
                for (FieldDef p : f.parts()) {
                    String digits = ((String) value).substring(p.start() - 1, p.start() - 1 + p.length());
                    Object part = value(raw.lineNo(), p, digits);
                    if (part == Refused.VALUE) {
                        out.failed = true;
                        continue;
                    }
                    out.texts.put(p.name(), keyText(p, digits));
                    if (p.role() != null && part != null) {
                        out.byRole.put(p.role(), part);
                        if (p.role() == Role.AMOUNT) {
                            out.barcodeAmount = (Long) part;
                        }
                    }
                }
                continue;
            }
            if (f.role() != null && value != null) {
                if (f.role() == Role.AMOUNT && out.byRole.containsKey(Role.AMOUNT)) {
                    out.recordAmount = (Long) value;
                    out.recordAmountField = f.name();
                    continue; // the barcode's amount stands; the record's is compared with it
                }
                out.byRole.put(f.role(), value);
                if (f.role() == Role.AMOUNT) {
                    out.recordAmount = (Long) value;
                    out.recordAmountField = f.name();
                }
            }
        }
        if (out.barcodeAmount != null) {
            out.byRole.put(Role.AMOUNT, out.barcodeAmount);
        }
        return out;
    }

    private static String keyText(FieldDef f, String text) {
        return f.type() == FieldType.TEXT ? stripEnd(text) : text.strip();
    }

    /** The value a field's text is read as; null for a blank optional field; {@link Refused#VALUE} after a problem. */
    private Object value(int lineNo, FieldDef f, String text) {
        String stripped = stripEnd(text);
        if (f.value() != null && !f.value().equals(stripped)) {
            problems.add(lineNo, f.name(), "「" + f.value() + "」であるべき項目が「" + stripped + "」です");
            return Refused.VALUE;
        }
        if (!f.values().isEmpty() && !f.values().contains(stripped)) {
            problems.add(lineNo, f.name(), String.join("・", f.values()) + " のいずれかです (" + stripped + ")");
            return Refused.VALUE;
        }
        boolean blank = stripped.isEmpty() || f.type() == FieldType.DATE && stripped.chars().allMatch(c -> c == '0');
        if (blank && f.type() != FieldType.TEXT) {
            if (f.allowsBlank()) {
                return null;
            }
            problems.add(lineNo, f.name(), "必須です");
            return Refused.VALUE;
        }
        String digits = layout.fixed() ? text : text.strip();
        switch (f.type()) {
            case TEXT:
                return stripped;
            case DIGITS:
            case YEN:
            case NUMBER:
            case DATE:
                if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    problems.add(lineNo, f.name(), "数字の項目です (「" + stripped + "」)");
                    return Refused.VALUE;
                }
                break;
            case BARCODE:
                String problem = Gs1PaymentBarcode.problem(digits);
                if (problem != null) {
                    problems.add(lineNo, f.name(), problem);
                    return Refused.VALUE;
                }
                return digits;
            default:
                break;
        }
        return switch (f.type()) {
            case DIGITS -> f.dropsZeros() ? stripZeros(digits) : digits;
            case YEN, NUMBER -> {
                if (digits.length() > 15) {
                    problems.add(lineNo, f.name(), "15桁を超えています");
                    yield Refused.VALUE;
                }
                yield Long.parseLong(digits);
            }
            case DATE -> date(lineNo, f, digits);
            default -> stripped;
        };
    }

    private Object date(int lineNo, FieldDef f, String digits) {
        try {
            if (digits.length() != f.format().length()) {
                throw new DateTimeException("length");
            }
            return switch (f.format()) {
                case "yyyyMMdd" -> LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                        Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
                case "yyMMdd" -> LocalDate.of(2000 + Integer.parseInt(digits.substring(0, 2)),
                        Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
                default -> nearest(today, Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2, 4)));
            };
        } catch (DateTimeException e) {
            problems.add(lineNo, f.name(), "日付 (" + f.format() + ") として読めません (" + digits + ")");
            return Refused.VALUE;
        }
    }

    /**
     * A day written without its year (全銀's 引落日 MMDD): the one in the year that puts it at most one month after
     * the import day, so a result file read in January for a debit of 27 December is of last year.
     */
    static LocalDate nearest(LocalDate today, int month, int day) {
        int year = today.getYear();
        LocalDate candidate;
        if (month == 2 && day == 29) {
            while (!java.time.Year.isLeap(year)) {
                year--;
            }
            candidate = LocalDate.of(year, 2, 29);
            return candidate.isAfter(today.plusMonths(1)) ? LocalDate.of(year - 4, 2, 29) : candidate;
        }
        candidate = LocalDate.of(year, month, day);
        return candidate.isAfter(today.plusMonths(1)) ? candidate.minusYears(1) : candidate;
    }

    /** A NUMBER field's Long or a DIGITS field's text, as an int (a value beyond int range as -1: refused by range). */
    private static int whole(Object value) {
        try {
            long n = value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
            return n > Integer.MAX_VALUE ? -1 : (int) n;
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** Without trailing half-width and full-width spaces. */
    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u3000')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** A value no field can hold: the field was refused (its problem reported). */
    private enum Refused { VALUE }

    /** The field's bytes decoded; null after reporting bytes the encoding does not allow. */
    private String decode(Raw raw, FieldDef f) {
        byte[] bytes = raw.bytes();
        int from = f.start() - 1;
        int length = f.length();
        if (layout.jis8()) {
            StringBuilder text = new StringBuilder(length);
            for (int i = from; i < from + length; i++) {
                int b = bytes[i] & 0xFF;
                if (b >= 0x20 && b <= 0x7E) {
                    text.append((char) b);
                } else if (b >= 0xA1 && b <= 0xDF) {
                    text.append((char) (0xFF61 + b - 0xA1)); // JIS X 0201 katakana → U+FF61–FF9F (半角カナ)
                } else {
                    problems.add(raw.lineNo(), f.name(), "JIS8 (半角英数・半角カナ) にない文字コード 0x"
                            + Integer.toHexString(b).toUpperCase() + " があります (" + (i + 1) + "バイト目)");
                    return null;
                }
            }
            return text.toString();
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            problems.add(raw.lineNo(), f.name(), layout.encoding() + " として読めない文字があります (" + f.start() + "〜"
                    + (f.start() + f.length() - 1) + "バイト目; 全角文字が項目の境目で切れていないか確認してください)");
            return null;
        }
    }

    /** The record-type code of a fixed-width record, as ASCII. */
    private static String ascii(byte[] bytes, FieldDef at) {
        StringBuilder code = new StringBuilder();
        for (int i = at.start() - 1; i < at.start() - 1 + at.length(); i++) {
            code.append((char) (bytes[i] & 0x7F));
        }
        return code.toString();
    }

    /** A CSV column, or null after reporting a line without it. */
    private String column(Raw raw, FieldDef f) {
        if (f.column() > raw.columns().size()) {
            problems.add(raw.lineNo(), f.name(), "列がありません (" + raw.columns().size() + "列の行です)");
            return null;
        }
        return raw.columns().get(f.column() - 1);
    }

    /** Every valid data record of the file, and every problem as "line field message" (for tests). */
    static List<PaymentLine> readAll(PaymentLayout layout, Path spool, LocalDate today, List<String> problemsOut)
            throws IOException {
        List<PaymentLine> out = new ArrayList<>();
        read(layout, spool, today, out::add, (line, field, message) -> problemsOut.add(line + " " + field + " " + message));
        return out;
    }
}
