package jp.lg.collection.imports;

import static jp.lg.collection.RandomCases.between;
import static jp.lg.collection.RandomCases.check;
import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whatever bytes arrive, an import answers — never a 500 — and writes the whole file or nothing (issue 20): a
 * valid bank file is mutated at random (cut anywhere, bytes overwritten, a line of garbage, a field of 200 000
 * characters, Shift_JIS, NUL bytes, an open quote, a line twice) or replaced by random bytes, and sent through
 * {@code POST /api/imports/{kind}}. A run that is not DONE has written no record; a DONE run has written exactly
 * the records it counts.
 */
@AutoConfigureMockMvc
class ImportPropertiesTest extends ProcessTestSupport {

    static final UserRequestPostProcessor SATO = member("sato", "managers");
    static final String PAYMENT_HEADER = "収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n";
    private static final AtomicInteger FILE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    /** Records applied so far: payments, unmatched lines and refunds, by the bank's record id. */
    long recordsApplied() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT record_id FROM payment WHERE record_id IS NOT NULL
                  UNION SELECT record_id FROM unmatched_payment UNION SELECT record_id FROM refund_candidate) r
                """).query(Long.class).single();
    }

    long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** The answer to the upload: the HTTP status and, for 200, the run. */
    record Answer(int status, ImportRun run, String body) {
    }

    Answer upload(String kind, byte[] content) {
        try {
            var response = mvc.perform(multipart("/api/imports/" + kind).file(new MockMultipartFile("file",
                    "prop-" + FILE.incrementAndGet() + ".csv", "text/csv", content)).with(SATO)).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            ImportRun run = response.getStatus() == 200 ? new com.fasterxml.jackson.databind.ObjectMapper()
                    .findAndRegisterModules().readValue(body, ImportRun.class) : null;
            return new Answer(response.getStatus(), run, body);
        } catch (Exception e) {
            throw new AssertionError("the upload threw " + e, e);
        }
    }

    /** A valid bank file of a few lines, each paying a fresh installment in full. */
    String paymentFile(Random r) {
        StringBuilder csv = new StringBuilder(PAYMENT_HEADER);
        String prefix = "PROP" + FILE.incrementAndGet() + "-";
        for (int i = between(r, 1, 5); i > 0; i--) {
            TaxBill b = bills.require(newBill(newTaxpayer("tanaka"), between(r, 1, 90) * 1_000L,
                    LocalDate.of(2026, 9, 30)));
            csv.append(prefix).append(i).append(',').append(b.noticeNo()).append(',').append(b.installmentNo())
                    .append(',').append(b.fiscalYear()).append(',').append(b.taxItem().code()).append(",2026-09-15,")
                    .append(b.principal()).append(',').append(r.nextBoolean() ? "BANK" : "CVS").append("\r\n");
        }
        return csv.toString();
    }

    static byte[] mutate(String csv, Random r) {
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        int line = lines.length < 2 ? 0 : between(r, 1, lines.length - 1);
        return switch (r.nextInt(11)) {
            case 0 -> utf8;
            case 1 -> Arrays.copyOf(utf8, between(r, 0, utf8.length)); // cut anywhere, even inside a character
            case 2 -> {
                byte[] b = utf8.clone();
                for (int i = between(r, 1, 5); i > 0; i--) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                yield b;
            }
            case 3 -> {
                lines[line] = lines[line] + "\r\n" + randomText(r, between(r, 0, 80));
                yield String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                String[] fields = lines[line].split(",", -1);
                fields[r.nextInt(fields.length)] = "x".repeat(between(r, 1_001, 200_000));
                lines[line] = String.join(",", fields);
                yield String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> csv.getBytes(Charset.forName("Windows-31J"));
            case 6 -> {
                byte[] b = new byte[between(r, 0, 2_000)];
                r.nextBytes(b);
                yield b;
            }
            case 7 -> {
                lines[line] = lines[line].replaceFirst(",", ",\"");
                yield String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                lines[line] = lines[line].replaceFirst(",", ",\u0000");
                yield String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 9 -> (csv + lines[line] + "\r\n").getBytes(StandardCharsets.UTF_8); // the same record twice
            default -> {
                var out = new ByteArrayOutputStream();
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(utf8);
                yield out.toByteArray();
            }
        };
    }

    static String randomText(Random r, int length) {
        String alphabet = "0123456789,,,\"\"\r\n あア漢字-/.¥円万\t;'";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @Test
    void aBankFileIsWrittenWholeOrNotAtAllWhateverItsBytes() {
        check(40, r -> {
            byte[] content = mutate(paymentFile(r), r);
            long before = recordsApplied();
            Answer answer = upload("payments", content);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            ImportRun run = answer.run();
            assertThat(run.status()).isIn("DONE", "REJECTED", "FAILED");
            long written = recordsApplied() - before;
            if ("DONE".equals(run.status())) {
                assertThat(written).as("a DONE run wrote what it counts: %s", run).isEqualTo(run.recordsWritten());
                assertThat(run.recordsWritten() + run.recordsUnchanged()).isEqualTo(run.linesTotal());
                assertThat(run.linesDone()).isEqualTo(run.linesTotal());
                assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
            } else {
                assertThat(written).as("a %s run wrote nothing: %s", run.status(), run).isZero();
                assertThat(run.linesDone()).isZero();
            }
        });
    }

    @Test
    void theOtherFilesAnswerAndWriteNothingWhenTheyAreGarbage() {
        check(20, r -> {
            boolean taxpayers = r.nextBoolean();
            String header = taxpayers
                    ? "宛名番号,個人番号,漢字氏名,カナ氏名,生年月日,性別,郵便番号,住所,方書,電話番号,地区コード,担当者\r\n"
                    : "宛名番号,賦課年度,調定年度,税目コード,通知書番号,期別,本税,納期限,法定納期限\r\n";
            String table = taxpayers ? "taxpayer" : "tax_bill";
            byte[] content = r.nextBoolean() ? (header + randomText(r, between(r, 0, 3_000))).getBytes(
                    StandardCharsets.UTF_8) : mutate(header + randomText(r, 200), r);
            long before = rows(table);
            Answer answer = upload(taxpayers ? "taxpayers" : "bills", content);
            assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
            if (!"DONE".equals(answer.run().status())) {
                assertThat(rows(table)).as("%s wrote nothing: %s", answer.run().status(), answer.run())
                        .isEqualTo(before);
            } else {
                assertThat(rows(table) - before).isLessThanOrEqualTo(answer.run().recordsWritten());
            }
        });
    }
}
