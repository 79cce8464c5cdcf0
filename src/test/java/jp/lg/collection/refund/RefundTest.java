package jp.lg.collection.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.TestUsers;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.payment.PaymentReconciliation;
import jp.lg.collection.delinquency.payment.PaymentSlip;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.refund.ledger.DailyLedger;
import jp.lg.collection.taxpayer.Taxpayer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 充当・還付 (bpmn/refund.bpmn) walked on every path: a 過誤納金 first pays the taxpayer's other unpaid tax (地方税法17の2)
 * and only the rest is refunded with its 還付加算金 (17の4) after a manager's approval; rejected, it goes back to the
 * account step and may end there; wholly 充当, it ends at once; paid into a case, the case ends. The papers say who,
 * how much, the days and the articles.
 *
 * <p>The taxpayer pays his 1,200,000-yen installment (due 2026-05-31) on 5/20 and, by mistake, again on 6/10: a 誤納
 * of 1,200,000 (法17の4①四). His other installment of 200,000 was due 2026-03-31 and is unpaid.
 */
class RefundTest extends ProcessTestSupport {

    static final AtomicInteger RECORDS = new AtomicInteger();

    @Autowired
    RefundStarter starter;
    @Autowired
    RefundRepository refunds;
    @Autowired
    PaymentReconciliation reconciliation;
    @Autowired
    DocumentRepository documents;
    @Autowired
    NegotiationLog log;
    @Autowired
    OperationLog operations;
    @Autowired
    InMemoryPublicFundsAccountRegistry registry;
    @Autowired
    DailyLedger ledger;

    String addresseeNo;
    long paidTwice;
    long unpaid;

    /** The two installments; the first paid on time and once more on {@code againOn}; returns the 過誤納金's id. */
    long paidTwice(LocalDate againOn) {
        paidTwice = newBill(addresseeNo, 1_200_000, LocalDate.of(2026, 5, 31));
        unpaid = newBill(addresseeNo, 200_000, LocalDate.of(2026, 3, 31));
        today(LocalDate.of(2026, 5, 20));
        pay(bills.require(paidTwice), LocalDate.of(2026, 5, 20), 1_200_000);
        return overpaid(bills.require(paidTwice), againOn, 1_200_000);
    }

    void pay(TaxBill bill, LocalDate on, long amount) {
        reconciliation.reconcile(new PaymentSlip("RT" + bill.id() + "-" + RECORDS.incrementAndGet(), bill.noticeNo(),
                bill.installmentNo(), bill.fiscalYear(), bill.taxItem(), on, amount, "BANK"), "test");
    }

    /** A payment the installment did not need: its 過誤納金 (refund_candidate) id. */
    long overpaid(TaxBill bill, LocalDate on, long amount) {
        String record = "RT" + bill.id() + "-" + RECORDS.incrementAndGet();
        today(on);
        reconciliation.reconcile(new PaymentSlip(record, bill.noticeNo(), bill.installmentNo(), bill.fiscalYear(),
                bill.taxItem(), on, amount, "BANK"), "test");
        return jdbc.sql("SELECT id FROM refund_candidate WHERE record_id = ?").param(record).query(Long.class).single();
    }

    ProcessInstance startRefund(long candidateId) {
        Long id = starter.startOne(candidateId);
        assertThat(id).isNotNull();
        assertThat(starter.startOne(candidateId)).as("one refund per 過誤納金").isNull();
        ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Refund.number(id)).singleResult();
        assertThat(process).isWaitingAt("Task_ApplyOverpayment");
        return process;
    }

    Refund refundOf(ProcessInstance process) {
        return refunds.require(((Number) engine.getRuntimeService().getVariable(process.getId(), "refundId"))
                .longValue());
    }

    Refund refundOfEnded(long candidateId) {
        return refunds.findByCandidate(candidateId).orElseThrow();
    }

    void asManager(Runnable action) {
        engine.getIdentityService().setAuthentication("sato", List.of("managers"));
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static Map<String, Object> account() {
        return withVariables("refundRoute", "ACCOUNT", "bankCode", "0009", "bankName", "三井住友銀行", "branchCode", "123",
                "branchName", "熊谷支店", "accountType", "ORDINARY", "accountNumber", "1234567",
                "accountHolder", "ｼｹﾝ ﾀﾛｳ", "claimedOn", "2026/07/10");
    }

    StoredDocument paper(DocumentKind kind) {
        return documents.ofAddressee(addresseeNo).stream().filter(d -> d.kind() == kind).reduce((a, b) -> {
            throw new AssertionError("two " + kind);
        }).orElseThrow();
    }

    String text(StoredDocument d) {
        return PdfText.joined(documents.content(d.id()).orElseThrow());
    }

    @Test
    void theOverpaymentPaysTheUnpaidInstallmentFirstAndTheRestIsRefundedOnApproval() {
        TestUsers.staff(engine.getIdentityService());
        addresseeNo = newTaxpayer("tanaka");
        long candidate = paidTwice(LocalDate.of(2026, 6, 10));
        assertThat(refunds.candidate(candidate).amount()).isEqualTo(1_200_000);

        today(LocalDate.of(2026, 7, 1));
        ProcessInstance refund = startRefund(candidate);
        execute(job());

        // 充当 (法17の2): the unpaid installment counts as paid on 6/10, the day the 過誤納金 arose (its 納期限 3/31 is
        // earlier): late charge 4/1–4/30 at 2.8 % (460) + 5/1–6/10 at 9.1 % (2,044) = 2,504 → 2,500
        TaxBill other = bills.require(unpaid);
        assertThat(other.status()).isEqualTo("PAID");
        assertThat(other.principalPaid()).isEqualTo(200_000);
        assertThat(other.lateCharge()).isEqualTo(2_500);
        assertThat(other.lateChargePaid()).isEqualTo(2_500);
        assertThat(jdbc.sql("SELECT channel, paid_on FROM payment WHERE bill_id = ?").param(unpaid)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class)).single())
                .isEqualTo("ALLOCATION 2026-06-10");
        Refund r = refundOf(refund);
        assertThat(r.allocated()).isEqualTo(202_500);
        assertThat(r.refundAmount()).as("only the rest is refunded").isEqualTo(997_500);
        assertThat(r.allocationAddition()).as("6/10 is before the addition's first day 7/11").isZero();
        assertThat(r.status()).isEqualTo(RefundStatus.AWAITING_ACCOUNT);
        assertThat(refunds.allocations(r.id())).singleElement().satisfies(l -> {
            assertThat(l.billId()).isEqualTo(unpaid);
            assertThat(l.suitableOn()).isEqualTo(LocalDate.of(2026, 6, 10));
            assertThat(l.allocatedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(l.total()).isEqualTo(202_500);
        });
        String allocationNotice = text(paper(DocumentKind.REFUND_ALLOCATION_NOTICE));
        assertThat(allocationNotice).contains("過誤納金充当通知書", "試験太郎　様", "1,200,000円", "202,500円", "997,500円",
                "地方税法第17条の2第1項", "令和8年7月1日", "R8.6.10", "第17条の2第4項", r.number());

        // 還付先の確認 (collectors): a wrong code is refused on its field; the account the person gave
        assertThat(refund).isWaitingAt("Task_ConfirmRefundAccount");
        assertThat(task()).hasCandidateGroup("collectors");
        today(LocalDate.of(2026, 7, 15));
        Map<String, Object> wrong = account();
        wrong.put("bankCode", "12");
        refused(task(), wrong, "bankCode", "金融機関コード");
        complete(task(), account());
        r = refundOf(refund);
        assertThat(r.status()).isEqualTo(RefundStatus.AWAITING_DECISION);
        assertThat(r.payeeKind()).isEqualTo(PayeeKind.ACCOUNT);
        assertThat(r.account().holder()).isEqualTo("シケン タロウ");
        assertThat(r.account().label()).isEqualTo("三井住友銀行 熊谷支店 普通 ****567 シケン タロウ");
        assertThat(r.claimedOn()).isEqualTo(LocalDate.of(2026, 7, 10));

        // 還付の決裁 (managers) with its briefing
        assertThat(refund).isWaitingAt("Task_ApproveRefund");
        assertThat(task()).hasCandidateGroup("managers");
        assertThat((String) engine.getTaskService().getVariableLocal(task().getId(), "briefing")).contains(
                "過誤納金: **1,200,000円**", "誤納 (二重納付・納め過ぎ) (地方税法第17条の4第1項第4号)", "充当 (地方税法17条の2)",
                "**202,500円**", "還付金: **997,500円**", "起算日 令和8年7月11日", "申出の口座: **三井住友銀行 熊谷支店 普通 \\*\\*\\*\\*567");
        // a day whose year has no 還付加算金 rate cannot be the 支出決定日
        today(LocalDate.of(2027, 1, 5));
        asManager(() -> refused(task(), withVariables("refundApproved", true), "refundApproved", "2027"));
        // approved on 9/30: the 支出決定日; the addition runs 7/11–9/30 = 82 days on 997,000 at 1.3 %:
        // 2,911.79 → 2,911 → 2,900
        today(LocalDate.of(2026, 9, 30));
        asManager(() -> complete(task(), withVariables("refundApproved", true)));
        r = refundOf(refund);
        assertThat(r.status()).isEqualTo(RefundStatus.DECIDED);
        assertThat(r.decidedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(r.decidedBy()).isEqualTo("sato");
        assertThat(r.additionFrom()).isEqualTo(LocalDate.of(2026, 7, 11));
        assertThat(r.addition()).isEqualTo(2_900);
        assertThat(r.payout()).isEqualTo(1_000_400);

        assertThat(refund).isWaitingAt("Task_IssueRefundNotice");
        execute(job());
        String refundNotice = text(paper(DocumentKind.REFUND_NOTICE));
        assertThat(refundNotice).contains("過誤納金還付通知書", "試験太郎　様", "地方税法第17条の規定", "第17条の4",
                "997,500円", "2,900円", "1,000,400円", "令和8年9月30日", "令和8年7月11日から令和8年9月30日まで82日",
                "****567", "シケンタロウ", "第20条の4の2", "1.3%");
        assertThat(refundNotice).doesNotContain("1234567");

        // the payout, on the day the accountant paid it: not in the future, not before the decision
        assertThat(refund).isWaitingAt("Task_ConfirmRefundPayment");
        refused(task(), withVariables("refundPaidOn", "2026/10/02"), "refundPaidOn", "未来");
        today(LocalDate.of(2026, 10, 5));
        refused(task(), withVariables("refundPaidOn", "2026/09/29"), "refundPaidOn", "支出決定日");
        complete(task(), withVariables("refundPaidOn", "令和8年10月2日"));
        assertThat(refund).isEnded().hasPassed("Event_Refunded");
        r = refundOfEnded(candidate);
        assertThat(r.status()).isEqualTo(RefundStatus.PAID);
        assertThat(r.paidOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(refunds.candidate(candidate).status()).isEqualTo("REFUNDED");

        // the daily ledger shows the money going out on 10/2, under the tax overpaid
        assertThat(ledger.of(LocalDate.of(2026, 10, 2)).rows()).filteredOn(row -> row.kind() == DailyLedger.Kind.REFUND)
                .singleElement().satisfies(row -> {
                    assertThat(row.refund()).isEqualTo(997_500);
                    assertThat(row.refundAddition()).isEqualTo(2_900);
                    assertThat(row.cash()).isEqualTo(-1_000_400);
                    assertThat(row.taxItem()).isEqualTo(TaxItem.RESIDENT.label());
                });
    }

    @Test
    void anOverpaymentPaidIntoACaseEndsTheCase() {
        addresseeNo = newTaxpayer("tanaka");
        paidTwice = newBill(addresseeNo, 1_200_000, LocalDate.of(2026, 5, 31));
        unpaid = newBill(addresseeNo, 200_000, LocalDate.of(2026, 3, 31));
        today(LocalDate.of(2026, 5, 20));
        pay(bills.require(paidTwice), LocalDate.of(2026, 5, 20), 1_200_000);
        DunnedCase opened = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10)); // the unpaid one, fee 100
        long candidate = overpaid(bills.require(paidTwice), LocalDate.of(2026, 6, 15), 1_200_000);

        today(LocalDate.of(2026, 7, 1));
        ProcessInstance refund = startRefund(candidate);
        execute(job());

        // as of 6/15: fee 100, principal 200,000, late charge 460 + (5/1–6/15, 46 days at 9.1 %) 2,293 → 2,700
        Refund r = refundOf(refund);
        assertThat(r.allocated()).isEqualTo(202_800);
        assertThat(r.refundAmount()).isEqualTo(997_200);
        assertThat(r.caseId()).isEqualTo(opened.caseId());
        assertThat(bills.settled(opened.caseId())).isTrue();
        assertThat(opened.process()).as("nothing is left to pay: the case ends (完納)")
                .isWaitingAt("Task_ReleaseSeizuresOnPayment");
        assertThat(log.of(opened.caseId())).extracting(NegotiationLog.Entry::action)
                .contains(NegotiationAction.PAYMENT, NegotiationAction.REFUND);
        assertThat(log.of(opened.caseId())).filteredOn(e -> e.action() == NegotiationAction.PAYMENT)
                .anyMatch(e -> e.result().contains("充当"));
        assertThat(documents.ofCase(opened.caseId())).extracting(StoredDocument::kind)
                .contains(DocumentKind.REFUND_ALLOCATION_NOTICE);
        assertThat(refund).isWaitingAt("Task_ConfirmRefundAccount");
    }

    @Test
    void anOverpaymentSmallerThanTheDebtIsWhollyAllocatedAndNothingIsRefunded() {
        addresseeNo = newTaxpayer("tanaka");
        long candidate = paidTwice(LocalDate.of(2026, 6, 10));
        // a second, smaller mistake: 30,000 paid once more on the installment already paid
        jdbc.sql("UPDATE refund_candidate SET status = 'WITHDRAWN' WHERE id = ?").param(candidate).update();
        long small = overpaid(bills.require(paidTwice), LocalDate.of(2026, 6, 12), 30_000);

        today(LocalDate.of(2026, 7, 1));
        ProcessInstance refund = startRefund(small);
        execute(job());
        assertThat(refund).isEnded().hasPassed("Event_SettledByAllocation").hasNotPassed("Task_ConfirmRefundAccount");
        Refund r = refundOfEnded(small);
        assertThat(r.status()).isEqualTo(RefundStatus.ALLOCATED);
        assertThat(r.allocated()).isEqualTo(30_000);
        assertThat(r.refundAmount()).isZero();
        assertThat(refunds.candidate(small).status()).isEqualTo("ALLOCATED");
        TaxBill other = bills.require(unpaid);
        assertThat(other.principalPaid()).as("the principal first (法17の2)").isEqualTo(30_000);
        assertThat(other.status()).isEqualTo("OPEN");
        assertThat(text(paper(DocumentKind.REFUND_ALLOCATION_NOTICE))).contains("30,000円", "充当後に還付する額0円");
    }

    @Test
    void theRegisteredPublicFundsAccountIsUsedOnlyWithConsentAndARejectionGoesBackWithItsReason() {
        addresseeNo = newTaxpayerWithMyNumber();
        String myNumber = TestUsers.withCheckDigit("4" + addresseeNo.substring(0, 9) + "1");
        long bill = newBill(addresseeNo, 80_000, LocalDate.of(2026, 5, 31));
        today(LocalDate.of(2026, 5, 25));
        pay(bills.require(bill), LocalDate.of(2026, 5, 25), 80_000);
        long candidate = overpaid(bills.require(bill), LocalDate.of(2026, 5, 28), 80_000);

        today(LocalDate.of(2026, 6, 20));
        ProcessInstance refund = startRefund(candidate);
        execute(job());
        assertThat(refund).isWaitingAt("Task_ConfirmRefundAccount");
        assertThat(refundOf(refund).allocated()).as("no other tax is owed").isZero();

        refused(task(), withVariables("refundRoute", "PUBLIC_FUNDS_ACCOUNT", "publicFundsConsent", false,
                "consentOn", "2026/06/19"), "publicFundsConsent", "同意");
        refused(task(), withVariables("refundRoute", "PUBLIC_FUNDS_ACCOUNT", "publicFundsConsent", true,
                "consentOn", "2026/06/19"), "refundRoute", "登録されていません");
        registry.register(myNumber, new BankAccount("9900", "ゆうちょ銀行", "018", "〇一八店", AccountType.ORDINARY,
                "7654321", "シケン ハナコ"));
        complete(task(), withVariables("refundRoute", "PUBLIC_FUNDS_ACCOUNT", "publicFundsConsent", true,
                "consentOn", "2026/06/19"));
        Refund r = refundOf(refund);
        assertThat(r.payeeKind()).isEqualTo(PayeeKind.PUBLIC_FUNDS_ACCOUNT);
        assertThat(r.account().maskedNumber()).isEqualTo("****321");
        assertThat(r.consentOn()).isEqualTo(LocalDate.of(2026, 6, 19));
        List<OperationLog.Entry> lookups = operations.search(null, null, null, "PUBLIC_FUNDS_ACCOUNT_LOOKUP", 100)
                .stream().filter(e -> e.target().contains(addresseeNo)).toList();
        assertThat(lookups).extracting(OperationLog.Entry::result).containsExactly("NOT_REGISTERED", "FOUND");
        assertThat(lookups).allSatisfy(e -> assertThat(e.target() + e.result()).doesNotContain(myNumber));

        // rejected: the reason is required, and shown when the account is confirmed again
        assertThat(refund).isWaitingAt("Task_ApproveRefund");
        asManager(() -> refused(task(), withVariables("refundApproved", false), "decisionReason", "理由"));
        asManager(() -> complete(task(), withVariables("refundApproved", false, "decisionReason",
                "同意書の日付と受付日が合わない")));
        assertThat(refund).isWaitingAt("Task_ConfirmRefundAccount");
        assertThat(engine.getRuntimeService().getVariable(refund.getId(), "decisionReason"))
                .isEqualTo("同意書の日付と受付日が合わない");
        assertThat(refundOf(refund).status()).isEqualTo(RefundStatus.AWAITING_ACCOUNT);
        assertThat(refunds.reviews(refundOf(refund).id())).singleElement().satisfies(review -> {
            assertThat(review.approved()).isFalse();
            assertThat(review.decidedBy()).isEqualTo("sato");
        });

        // not refunded after all: the reason is required
        refused(task(), withVariables("refundRoute", "WITHDRAW"), "withdrawReason", "理由");
        complete(task(), withVariables("refundRoute", "WITHDRAW", "withdrawReason",
                "二重納付ではなく翌期分の前納と本人に確認"));
        assertThat(refund).isEnded().hasPassed("Event_RefundWithdrawn");
        r = refundOfEnded(candidate);
        assertThat(r.status()).isEqualTo(RefundStatus.WITHDRAWN);
        assertThat(r.withdrawReason()).contains("前納");
        assertThat(refunds.candidate(candidate).status()).isEqualTo("WITHDRAWN");
    }

    String newTaxpayerWithMyNumber() {
        String no = newTaxpayer("tanaka");
        // the 個人番号 is set the way the import sets it (encrypted, with its search digest)
        String myNumber = TestUsers.withCheckDigit("4" + no.substring(0, 9) + "1");
        Taxpayer t = taxpayers.require(no);
        jdbc.sql("DELETE FROM taxpayer WHERE addressee_no = ?").param(no).update();
        taxpayers.insert(t, myNumber, "test");
        return no;
    }
}
