package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxBillRepository.Installment;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 口座振替不能: a 全銀 result record whose 振替結果コード is not 0 is no money, but it is not nothing either — the
 * installment is still unpaid after its debit day. Each one is recorded ({@code direct_debit_failure}, once per
 * record id); for an installment still open a {@link DirectDebitFailureNotice} is queued for printing, and when
 * the installment belongs to an open delinquency case the case's 交渉経過 says so (the collector who phones the
 * taxpayer knows why the money did not come). A failure whose installment the city does not know is recorded
 * without a notice (the 顧客番号 of the request was wrong: the bank's data and the 振替依頼 are to be checked).
 */
@Service
public class DirectDebitFailures {

    /** A result record that is not money: the slip it would have paid, and its 振替結果コード. */
    public record Failure(PaymentSlip slip, String resultCode) {
    }

    private static final String INSERT = """
            INSERT INTO direct_debit_failure (record_id, run_id, debit_on, result_code, amount, payer_name, fiscal_year,
              tax_item, notice_no, installment_no, bill_id, addressee_no, case_id, document_id, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final NoticeQueue notices;
    private final NegotiationLog log;

    public DirectDebitFailures(JdbcClient jdbc, JdbcTemplate batch, TaxBillRepository bills,
            DelinquencyCaseRepository cases, NoticeQueue notices, NegotiationLog log) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.bills = bills;
        this.cases = cases;
        this.notices = notices;
        this.log = log;
    }

    /**
     * Records the failures not recorded before, with their follow-ups; returns how many were new.
     *
     * @param runId the import run they came with
     */
    @Transactional
    public int record(List<Failure> failures, Long runId, String by) {
        if (failures.isEmpty()) {
            return 0;
        }
        Set<String> seen = new HashSet<>(jdbc.sql("SELECT record_id FROM direct_debit_failure WHERE record_id IN (:ids)")
                .param("ids", failures.stream().map(f -> f.slip().recordId()).toList()).query(String.class).list());
        Map<Installment, TaxBill> found = bills.findByInstallments(failures.stream().map(f -> new Installment(
                f.slip().fiscalYear(), f.slip().taxItem(), f.slip().noticeNo(), f.slip().installmentNo())).distinct()
                .toList());
        LocalDate today = Today.date();
        List<Object[]> rows = new ArrayList<>();
        for (Failure f : failures) {
            PaymentSlip slip = f.slip();
            if (!seen.add(slip.recordId())) {
                continue;
            }
            TaxBill bill = found.get(new Installment(slip.fiscalYear(), slip.taxItem(), slip.noticeNo(),
                    slip.installmentNo()));
            String reason = DirectDebitResult.ofCode(f.resultCode()).label();
            Long documentId = null;
            if (bill != null && "OPEN".equals(bill.status())) {
                documentId = notices.issue(bill.caseId(), bill.addresseeNo(), DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE,
                        DocumentKind.DIRECT_DEBIT_FAILURE_NOTICE.label(), today, by, new DirectDebitFailureNotice.Content(
                                notices.addressee(bill.addresseeNo()), bill.caseId(), today, slip.paidOn(),
                                slip.amount(), reason, notices.lines(List.of(bill), today)));
                if (bill.caseId() != null && "OPEN".equals(cases.statusOf(bill.caseId()))) {
                    log.record(bill.caseId(), NegotiationAction.DIRECT_DEBIT_FAILED,
                            bill.label() + " 口座振替不能 (" + reason + ")",
                            "振替日 " + WarekiDate.format(slip.paidOn()) + " / " + Yen.of(slip.amount())
                                    + " / 口座振替不能通知書 文書ID " + documentId, by);
                }
            }
            rows.add(new Object[] {slip.recordId(), runId, slip.paidOn(), f.resultCode(), slip.amount(),
                    slip.payerName() == null ? null : slip.payerName().substring(0, Math.min(60, slip.payerName().length())),
                    slip.fiscalYear(), slip.taxItem().code(), slip.noticeNo(), slip.installmentNo(),
                    bill == null ? null : bill.id(), bill == null ? null : bill.addresseeNo(),
                    bill == null ? null : bill.caseId(), documentId, by});
        }
        batch.batchUpdate(INSERT, rows);
        return rows.size();
    }
}
