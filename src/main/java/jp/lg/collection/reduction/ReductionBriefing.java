package jp.lg.collection.reduction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.LateCharges;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.rules.TaxReductionRule;
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
 * What 「減免申請の審査」 and 「減免の決定」 show: the application (ground, day received against the ordinance's
 * deadline, amount asked, statement), the documents the ground needs against those attached, the installment with
 * what is owed on it today, the applicant, and — for the decision — the review (what was confirmed, the opinion).
 * On the decision it puts the amount to reduce on the form as the clerk would type it.
 */
@Component("reductionBriefing")
public class ReductionBriefing implements TaskListener {

    private final TaxReductionRepository reductions;
    private final TaxBillRepository bills;
    private final TaxpayerRepository taxpayers;
    private final LateCharges lateCharges;
    private final ReductionProperties ordinance;
    private final StaffNames staff;

    public ReductionBriefing(TaxReductionRepository reductions, TaxBillRepository bills, TaxpayerRepository taxpayers,
            LateCharges lateCharges, ReductionProperties ordinance, StaffNames staff) {
        this.reductions = reductions;
        this.bills = bills;
        this.taxpayers = taxpayers;
        this.lateCharges = lateCharges;
        this.ordinance = ordinance;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        TaxReductionRepository.Reduction r = reductions.require(ProcessVariables.requireLong(task, "reductionId"));
        TaxBill bill = bills.require(r.billId());
        LocalDate today = Today.date();
        LocalDate lastDay = TaxReductionRule.lastDayToApply(bill.dueDate(), ordinance.daysBefore(bill.taxItem()));
        Briefing b = new Briefing();
        b.heading("申請の内容 (" + r.number() + ")");
        b.strong("減免の事由", r.ground().label() + " (" + ordinance.citation(r.ground(), bill.taxItem()) + ")");
        b.strong("申請日", JapaneseDateInput.describe(r.receivedOn()) + (TaxReductionRule.inTime(r.receivedOn(),
                bill.dueDate(), ordinance.daysBefore(bill.taxItem())) ? "" : " — 申請期限後"));
        b.item("申請期限", WarekiDate.format(lastDay) + " (納期限 " + WarekiDate.format(bill.dueDate()) + ")");
        b.strong("申請額", Yen.of(r.requestedAmount()));
        b.item("申請の理由", r.statement());
        b.item("受付", staff.person(r.registeredBy()));
        b.heading("添付書類");
        List<List<String>> rows = new ArrayList<>();
        for (String needed : r.ground().evidence()) {
            rows.add(List.of(needed, r.evidence().stream().anyMatch(e -> e.contains(firstWord(needed))) ? "添付あり" : "—"));
        }
        b.table(List.of("事由が求める書類", "申請書の添付"), List.of(), rows);
        b.item("添付された書類", r.evidence().isEmpty() ? "なし" : String.join("、", r.evidence()));
        b.heading("対象の期別");
        Long charge = lateCharges.owedOn(bill, today);
        b.table(List.of("期別", "納期限", "本税", "延滞金 (" + WarekiDate.format(today) + "現在)", "案件"),
                List.of(false, false, true, true, false), List.of(List.of(bill.label(), WarekiDate.format(bill.dueDate()),
                        Yen.of(bill.principalDue()), charge == null ? "計算中" : Yen.of(charge),
                        bill.caseId() == null ? "なし" : bill.caseId())));
        Taxpayer t = taxpayers.require(r.addresseeNo());
        b.heading("申請者");
        b.item("氏名", t.nameKanji() + " (" + t.nameKana() + ")　宛名番号 " + t.addresseeNo());
        b.item("住所", t.noticeAddress());
        if (r.reviewOpinion() != null) {
            b.heading("審査");
            b.strong("審査の意見", "GRANT".equals(r.reviewOpinion()) ? "減免相当" : "減免不相当");
            b.item("確認した事項", r.reviewChecklist());
            b.item("審査の記録", r.reviewNote());
            b.item("審査", staff.person(r.reviewedBy()) + " (" + WarekiDate.format(r.reviewedOn()) + ")");
        }
        if ("Task_DecideReduction".equals(task.getTaskDefinitionKey())) {
            Object amount = task.getVariable("reductionAmount");
            if (amount instanceof Number yen) {
                // as the clerk would type it; the form's validation stores it as a number again
                task.getExecution().setVariable("reductionAmount", Yen.amount(yen.longValue()));
            }
        }
        b.putOn(task);
    }

    /** The first name of a document (身体障害者手帳 of 身体障害者手帳・戦傷病者手帳…), to find it among those attached. */
    private static String firstWord(String document) {
        int cut = document.length();
        for (String sep : List.of("・", "(", "又は", "、")) {
            int at = document.indexOf(sep);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return document.substring(0, cut);
    }
}
