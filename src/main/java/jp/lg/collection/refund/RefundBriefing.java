package jp.lg.collection.refund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.PaymentChannel;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.refund.RefundRepository.AllocationLine;
import jp.lg.collection.refund.RefundRepository.Candidate;
import jp.lg.collection.refund.RefundRepository.Refund;
import jp.lg.collection.rules.RefundAdditionResult;
import jp.lg.collection.rules.RefundAdditionSegment;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.StaffNames;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What 「還付の決裁」 shows: the taxpayer, where the 過誤納金 came from and why (the item of 法17の4① that sets its
 * 還付加算金), the 充当 already made (法17の2), the refund with its 還付加算金 counted to today — the day an approval
 * makes the 支出決定日 — line by line, the account it goes to (number masked; the 公金受取口座 with the day of the
 * person's consent), and earlier decisions with their reasons.
 */
@Component("refundBriefing")
public class RefundBriefing implements TaskListener {

    private final RefundRepository refunds;
    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final RefundAdditions additions;
    private final StaffNames staff;

    public RefundBriefing(RefundRepository refunds, TaxpayerRepository taxpayers, TaxBillRepository bills,
            RefundAdditions additions, StaffNames staff) {
        this.refunds = refunds;
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.additions = additions;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        brief(ProcessVariables.requireLong(task, "refundId"), Today.date()).putOn(task);
    }

    /** The briefing of a refund on a day (the day an approval would decide it). */
    public Briefing brief(long refundId, LocalDate today) {
        Refund r = refunds.require(refundId);
        Candidate c = refunds.candidate(r.candidateId());
        Taxpayer t = taxpayers.require(r.addresseeNo());
        Briefing b = new Briefing();
        b.heading("還付を受ける人");
        b.item("氏名", t.nameKanji() + " (" + t.nameKana() + ")　宛名番号 " + t.addresseeNo()
                + (r.caseId() == null ? "" : "　案件番号 " + r.caseId()));
        b.item("住所", t.noticeAddress());
        if (t.deceased()) {
            b.strong("注意", "死亡の記録があります。還付は相続人に行います (地方税法17・9)");
        }

        b.heading("過誤納金 (" + r.number() + ")");
        b.strong("過誤納金", Yen.of(r.overpayment()));
        b.item("理由", c.cause().label() + " (" + c.cause().article() + ")");
        b.item("収納", (RefundController.MANUAL.equals(c.channel()) ? "手入力の登録 (税額の減額など)"
                : PaymentChannel.labelOf(c.channel()) + " 収納記録 " + c.recordId()) + "　納付日 "
                + WarekiDate.format(c.paidOn()) + "　発生日 " + WarekiDate.format(c.arisenOn()));
        b.item("備考", c.note());

        List<AllocationLine> lines = refunds.allocations(refundId);
        b.heading("充当 (地方税法17条の2)");
        if (lines.isEmpty()) {
            b.text("納期限の来た未納の税はなく、充当はありません。");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (AllocationLine l : lines) {
                TaxBill bill = bills.require(l.billId());
                rows.add(List.of(bill.label(), WarekiDate.format(l.suitableOn()), Yen.of(l.fee()), Yen.of(l.principal()),
                        Yen.of(l.lateCharge()), Yen.of(l.total())));
            }
            rows.add(List.of("**合計**", "", "", "", "", "**" + Yen.of(r.allocated()) + "**"));
            b.table(List.of("期別", "充当適状日", "督促手数料", "本税", "延滞金", "計"),
                    List.of(false, false, true, true, true, true), rows);
            b.item("充当分の還付加算金", Yen.of(r.allocationAddition()));
        }

        RefundAdditionResult addition = additions.rule().compute(r.refundAmount(), c.overpayment(), today);
        b.heading("還付額 (" + WarekiDate.format(today) + " に支出決定する場合)");
        b.strong("還付金", Yen.of(r.refundAmount()));
        if (addition.pending()) {
            b.strong("還付加算金", "計算できません (" + addition.missingRateYears() + "年の割合が未登録。承認できません)");
        } else {
            b.strong("還付加算金", Yen.of(addition.addition()) + (addition.firstDay() == null ? " (加算なし)"
                    : " (起算日 " + WarekiDate.format(addition.firstDay()) + "、" + addition.days() + "日、計算の基礎 "
                            + Yen.of(addition.base()) + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (RefundAdditionSegment s : addition.segments()) {
                rows.add(List.of(WarekiDate.format(s.from()) + "〜" + WarekiDate.format(s.to()), s.days() + "日",
                        s.ratePercent().stripTrailingZeros().toPlainString() + "%", Yen.of(s.amount())));
            }
            if (!rows.isEmpty()) {
                b.table(List.of("期間", "日数", "割合(年)", "金額"), List.of(false, true, true, true), rows);
            }
            b.strong("お支払いする額", Yen.of(r.refundAmount() + addition.addition() + r.allocationAddition()));
        }

        b.heading("振込先");
        if (r.account() == null) {
            b.text("未確認です。");
        } else {
            b.strong(r.payeeKind().label(), r.account().label());
            b.item("金融機関コード・店舗コード", r.account().bankCode() + "・" + r.account().branchCode());
            if (r.consentOn() != null) {
                b.item("公金受取口座の利用への本人の同意", WarekiDate.format(r.consentOn()));
            }
            if (r.claimedOn() != null) {
                b.item("還付請求書の受付日", WarekiDate.format(r.claimedOn()));
            }
        }

        List<List<String>> reviews = new ArrayList<>();
        for (RefundRepository.Review review : refunds.reviews(refundId)) {
            reviews.add(List.of(WarekiDate.format(review.decidedOn()), review.approved() ? "承認" : "却下",
                    staff.person(review.decidedBy()), review.reason() == null ? "" : review.reason()));
        }
        if (!reviews.isEmpty()) {
            b.heading("これまでの決裁");
            b.table(List.of("決裁日", "結果", "決裁者", "理由"), List.of(), reviews);
        }
        return b;
    }
}
