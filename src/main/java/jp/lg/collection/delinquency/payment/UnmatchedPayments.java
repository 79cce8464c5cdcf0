package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.PaymentChannel;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unmatched list (消込不能入金): payments that matched no installment, each waiting in its own Tasklist task
 * (bpmn/unmatched-payment.bpmn, 「消込不能入金の確認」) — and here, as one list that a collector or a manager resolves
 * many lines at a time. Resolving here completes each line's task as the user (so Tasklist and the list never
 * disagree, and Camunda's history shows who did it); the task's delegate ({@link RecordUnmatchedResolution}) does
 * the work through {@link #apply}, which is the one place a resolution is carried out. A line whose task is gone
 * (resolved elsewhere: refused as not open) is never resolved twice; a line without a task (a record put on the
 * list by hand) is resolved directly.
 *
 * <p>Resolutions: to a case (its bills oldest first, as money without a designation), to a taxpayer (their open case,
 * else their open installments, else all of it a refund/allocation candidate of theirs), to an installment named by
 * its 消込キー (paid first, as if the slip had named it), or to be returned (還付: a refund candidate of the taxpayer
 * when the collector names them, else returned through the bank; the reason is required).
 */
@Service
public class UnmatchedPayments {

    public static final String TASK = "Task_ResolveUnmatchedPayment";

    /** What a collector decides for a line; the names are the form's ({@code forms/unmatched-payment.form}). */
    public enum Resolution {
        APPLY_TO_CASE("滞納案件に充当"),
        APPLY_TO_TAXPAYER("納税者に充当"),
        APPLY_TO_BILL("期別を指定して充当"),
        REFUND("還付(返金)");

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A decision, with the targets its resolution needs; field names as in the form and the API.
     *
     * @param targetCaseId        APPLY_TO_CASE
     * @param targetAddresseeNo   APPLY_TO_TAXPAYER; REFUND when the payer is known
     * @param targetFiscalYear    APPLY_TO_BILL: 賦課年度
     * @param targetTaxItem       APPLY_TO_BILL: 税目コード 01–04
     * @param targetNoticeNo      APPLY_TO_BILL: 通知書番号
     * @param targetInstallmentNo APPLY_TO_BILL: 期別
     * @param resolutionNote      what the collector found out; required for REFUND
     */
    public record Decision(Resolution resolution, String targetCaseId, String targetAddresseeNo,
            Integer targetFiscalYear, String targetTaxItem, String targetNoticeNo, Integer targetInstallmentNo,
            String resolutionNote) {

        /** As task variables: only the values given. */
        public Map<String, Object> variables() {
            Map<String, Object> v = new HashMap<>();
            v.put("resolution", resolution == null ? null : resolution.name());
            put(v, "targetCaseId", targetCaseId);
            put(v, "targetAddresseeNo", targetAddresseeNo);
            put(v, "targetFiscalYear", targetFiscalYear);
            put(v, "targetTaxItem", targetTaxItem);
            put(v, "targetNoticeNo", targetNoticeNo);
            put(v, "targetInstallmentNo", targetInstallmentNo);
            put(v, "resolutionNote", resolutionNote);
            return v;
        }

        private static void put(Map<String, Object> v, String name, Object value) {
            if (value != null && !value.toString().isBlank()) {
                v.put(name, value instanceof String s ? s.strip() : value);
            }
        }
    }

    /** A line on the list. */
    public record Line(String recordId, LocalDate paidOn, long amount, String channel, Integer fiscalYear,
            String taxItem, String noticeNo, Integer installmentNo, String payerName, LocalDateTime importedAt) {

        public String channelLabel() {
            return PaymentChannel.labelOf(channel);
        }

        public String taxItemLabel() {
            try {
                return taxItem == null ? "" : TaxItem.ofCode(taxItem).label();
            } catch (IllegalArgumentException e) {
                return taxItem;
            }
        }

        public String amountLabel() {
            return Yen.of(amount);
        }
    }

    private final JdbcClient jdbc;
    private final PaymentService payments;
    private final CaseAllocation allocation;
    private final TaxBillRepository bills;
    private final DelinquencyCaseRepository cases;
    private final TaxpayerRepository taxpayers;
    private final TaskService taskService;
    private final IdentityService identityService;

    public UnmatchedPayments(JdbcClient jdbc, PaymentService payments, CaseAllocation allocation,
            TaxBillRepository bills, DelinquencyCaseRepository cases, TaxpayerRepository taxpayers,
            TaskService taskService, IdentityService identityService) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.allocation = allocation;
        this.bills = bills;
        this.cases = cases;
        this.taxpayers = taxpayers;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The lines still open, oldest payment first. */
    public List<Line> open() {
        return jdbc.sql("""
                SELECT record_id, paid_on, amount, channel, fiscal_year, tax_item, notice_no, installment_no, payer_name,
                  imported_at FROM unmatched_payment WHERE status = 'OPEN' ORDER BY paid_on, record_id
                """).query((rs, n) -> new Line(rs.getString("record_id"), rs.getObject("paid_on", LocalDate.class),
                rs.getLong("amount"), rs.getString("channel"), (Integer) rs.getObject("fiscal_year", Integer.class),
                rs.getString("tax_item"), rs.getString("notice_no"),
                (Integer) rs.getObject("installment_no", Integer.class), rs.getString("payer_name"),
                rs.getObject("imported_at", LocalDateTime.class))).list();
    }

    /**
     * Resolves every line of {@code recordIds} with one decision, all or nothing: a line that cannot be resolved
     * (not open, a wrong target) refuses the whole call, naming the line and the field. Each line's Tasklist task is
     * completed as {@code userId} of {@code groupIds} (Camunda's authorizations apply as in Tasklist).
     *
     * @return how many lines were resolved
     */
    @Transactional
    public int resolve(List<String> recordIds, Decision decision, String userId, List<String> groupIds) {
        if (recordIds == null || recordIds.isEmpty()) {
            throw new IllegalArgumentException("recordIds: 処理する入金を選んでください");
        }
        if (decision.resolution() == null) {
            throw new IllegalArgumentException("resolution: 処理 (APPLY_TO_CASE・APPLY_TO_TAXPAYER・APPLY_TO_BILL・REFUND) を選んでください");
        }
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(recordIds));
        List<String> open = jdbc.sql("SELECT record_id FROM unmatched_payment WHERE status = 'OPEN' AND record_id IN (:ids)")
                .param("ids", ids).query(String.class).list();
        for (String id : ids) {
            if (!open.contains(id)) {
                throw new IllegalArgumentException("recordIds: 収納レコード " + id + " は未処理の消込不能入金ではありません");
            }
        }
        for (String id : ids) {
            Task task = taskService.createTaskQuery().processDefinitionKey(PaymentReconciliation.UNMATCHED_PROCESS)
                    .processInstanceBusinessKey(id).taskDefinitionKey(TASK).active().singleResult();
            try {
                if (task == null) {
                    apply(id, decision, userId);
                    continue;
                }
                identityService.setAuthentication(userId, groupIds);
                try {
                    taskService.complete(task.getId(), decision.variables());
                } finally {
                    identityService.clearAuthentication();
                }
            } catch (AuthorizationException e) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "収納レコード " + id + " のタスクを完了する権限がありません");
            } catch (RuntimeException e) {
                throw refusal(id, e);
            }
        }
        return ids.size();
    }

    /** The Camunda groups of a logged-in user: Spring Security's {@code GROUP_<id>} authorities. */
    public static List<String> groupsOf(org.springframework.security.core.Authentication user) {
        return user.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).toList();
    }

    /** The refusal of one line, naming the field the form or the API names (targetCaseId…) and the line. */
    private static IllegalArgumentException refusal(String recordId, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jp.lg.collection.forms.TaskInputException input) {
                return new IllegalArgumentException(input.field() + ": 収納レコード " + recordId + ": "
                        + input.getMessage().substring(input.field().length() + 2), e);
            }
            if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
                String message = refused.getMessage();
                int colon = message.indexOf(':');
                String field = colon > 0 && colon < 40 ? message.substring(0, colon) : "recordIds";
                return new IllegalArgumentException(field + ": 収納レコード " + recordId + ": "
                        + (colon > 0 && colon < 40 ? message.substring(colon + 1).strip() : message), e);
            }
        }
        throw e;
    }

    /**
     * Carries out one resolution of an open line and marks it resolved; refuses (IllegalArgumentException naming
     * the decision's field) a target that does not exist or cannot take the money. The task's delegate and a
     * line without a task come here.
     */
    @Transactional
    public void apply(String recordId, Decision d, String by) {
        var line = jdbc.sql("SELECT amount, paid_on, channel FROM unmatched_payment WHERE record_id = ? AND status = 'OPEN'")
                .param(recordId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3)}).optional()
                .orElseThrow(() -> new IllegalArgumentException("recordId: 収納レコード " + recordId
                        + " は未処理の消込不能入金ではありません"));
        long amount = (Long) line[0];
        LocalDate paidOn = (LocalDate) line[1];
        String channel = (String) line[2];
        String note = d.resolutionNote() == null || d.resolutionNote().isBlank() ? null : d.resolutionNote().strip();
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("resolutionNote: 確認内容は1000文字以内です");
        }
        String resolvedTo;
        switch (d.resolution()) {
            case APPLY_TO_CASE -> {
                String caseId = require("targetCaseId", d.targetCaseId(), "充当先の案件番号");
                as("targetCaseId", () -> payments.receive(caseId, amount, paidOn, channel, recordId, by));
                resolvedTo = "案件 " + caseId;
            }
            case APPLY_TO_TAXPAYER -> {
                String addresseeNo = taxpayer(d.targetAddresseeNo(), true);
                Optional<String> caseId = cases.findOpenCaseOf(addresseeNo);
                if (caseId.isPresent()) {
                    as("targetAddresseeNo", () -> payments.receive(caseId.get(), amount, paidOn, channel, recordId, by));
                    resolvedTo = "宛名番号 " + addresseeNo + " (案件 " + caseId.get() + ")";
                } else {
                    as("targetAddresseeNo", () -> allocation.allocateToTaxpayer(addresseeNo, amount, paidOn, channel,
                            recordId, by));
                    resolvedTo = "宛名番号 " + addresseeNo;
                }
            }
            case APPLY_TO_BILL -> {
                TaxBill bill = bill(d);
                String caseId = bill.caseId();
                if (caseId != null && "OPEN".equals(cases.statusOf(caseId))) {
                    as("targetNoticeNo", () -> payments.receive(caseId, amount, paidOn, channel, recordId, by, bill.id()));
                } else {
                    as("targetNoticeNo", () -> allocation.allocateToBill(bill, amount, paidOn, channel, recordId, by));
                }
                resolvedTo = "期別 " + bill.label() + " 通知書番号 " + bill.noticeNo();
            }
            case REFUND -> {
                if (note == null) {
                    throw new IllegalArgumentException("resolutionNote: 還付の理由(確認した内容)を入力してください");
                }
                String addresseeNo = taxpayer(d.targetAddresseeNo(), false);
                if (addresseeNo != null) {
                    as("targetAddresseeNo", () -> allocation.recordRefundCandidate(addresseeNo, recordId, channel,
                            amount, paidOn, by));
                    resolvedTo = "還付候補 宛名番号 " + addresseeNo;
                } else {
                    resolvedTo = "還付 (収納機関を通じて返金)";
                }
            }
            default -> throw new IllegalArgumentException("resolution: 処理を選んでください");
        }
        jdbc.sql("""
                UPDATE unmatched_payment SET status = ?, resolved_by = ?, resolved_on = ?, resolution_note = ?,
                  resolved_to = ? WHERE record_id = ? AND status = 'OPEN'
                """).params(d.resolution() == Resolution.REFUND ? "REFUND" : "APPLIED", by, Today.date(), note,
                resolvedTo, recordId).update();
    }

    private static String require(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": " + label + "を入力してください");
        }
        return value.strip();
    }

    /** The taxpayer named, checked to exist; null when none is named and none is required. */
    private String taxpayer(String addresseeNo, boolean required) {
        if (addresseeNo == null || addresseeNo.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("targetAddresseeNo: 充当先の宛名番号を入力してください");
            }
            return null;
        }
        String no = addresseeNo.strip();
        if (!taxpayers.exists(no)) {
            throw new IllegalArgumentException("targetAddresseeNo: 宛名番号 " + no + " の納税者はいません");
        }
        return no;
    }

    /** The installment named by its 消込キー (年度, 税目, 通知書番号, 期別). */
    private TaxBill bill(Decision d) {
        if (d.targetFiscalYear() == null) {
            throw new IllegalArgumentException("targetFiscalYear: 充当先の賦課年度を入力してください");
        }
        TaxItem item;
        try {
            item = TaxItem.ofCode(require("targetTaxItem", d.targetTaxItem(), "充当先の税目"));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("targetTaxItem")) {
                throw e;
            }
            throw new IllegalArgumentException("targetTaxItem: 税目コードは 01〜04 です (" + d.targetTaxItem() + ")");
        }
        String noticeNo = require("targetNoticeNo", d.targetNoticeNo(), "充当先の通知書番号");
        if (d.targetInstallmentNo() == null) {
            throw new IllegalArgumentException("targetInstallmentNo: 充当先の期別を入力してください");
        }
        return bills.findByInstallment(d.targetFiscalYear(), item, noticeNo, d.targetInstallmentNo())
                .orElseThrow(() -> new IllegalArgumentException("targetNoticeNo: " + d.targetFiscalYear() + "年度 "
                        + item.label() + " 通知書番号 " + noticeNo + " 第" + d.targetInstallmentNo() + "期の期別明細はありません"));
    }

    /** Runs the step, refusing what it refuses as the decision's field. */
    private static void as(String field, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int colon = message.indexOf(':');
            throw new IllegalArgumentException(field + ": " + (colon > 0 && colon < 40 ? message.substring(colon + 1).strip()
                    : message), e);
        }
    }
}
