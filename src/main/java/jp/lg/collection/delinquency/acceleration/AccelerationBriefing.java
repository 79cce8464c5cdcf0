package jp.lg.collection.delinquency.acceleration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What 「繰上徴収の決裁」 shows: the proposal (ground with its item of 法13の2①, the fact, the new due date, who
 * proposed), the installments it brings forward with the due dates they have, the taxpayer, the case they will join
 * with what it owes today, and what follows an approval (the notice, no 督促, seizure from the day after the new due
 * date).
 */
@Component("accelerationBriefing")
public class AccelerationBriefing implements TaskListener {

    private final AcceleratedCollectionRepository accelerations;
    private final TaxBillRepository bills;
    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;
    private final CaseBriefing caseBriefing;

    public AccelerationBriefing(AcceleratedCollectionRepository accelerations, TaxBillRepository bills,
            TaxpayerRepository taxpayers, DelinquencyCaseRepository cases, CaseBriefing caseBriefing) {
        this.accelerations = accelerations;
        this.bills = bills;
        this.taxpayers = taxpayers;
        this.cases = cases;
        this.caseBriefing = caseBriefing;
    }

    @Override
    public void notify(DelegateTask task) {
        AcceleratedCollectionRepository.Acceleration a = accelerations.require(
                ProcessVariables.requireLong(task, "accelerationId"));
        LocalDate today = Today.date();
        Briefing b = new Briefing();
        b.heading("起案の内容");
        b.strong("繰上げの理由", a.ground().label() + " (" + a.ground().shortArticle() + ")");
        b.item("生じた事実", a.facts());
        b.strong("繰上げ後の納期限", CaseBriefing.date(a.acceleratedDueDate()));
        b.item("起案", caseBriefing.person(a.proposedBy()) + " (" + WarekiDate.format(a.proposedOn()) + ")");
        b.heading("繰り上げる期別");
        List<List<String>> rows = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Long, LocalDate> e : accelerations.bills(a.id()).entrySet()) {
            TaxBill bill = bills.require(e.getKey());
            rows.add(List.of(bill.label(), WarekiDate.format(e.getValue()), Yen.of(bill.principalDue()),
                    BillStatusText.of(bill)));
            total += bill.principalDue();
        }
        rows.add(List.of("**合計**", "", "**" + Yen.of(total) + "**", ""));
        b.table(List.of("期別", "本来の納期限", "本税", "状態"), List.of(false, false, true, false), rows);
        Taxpayer t = taxpayers.require(a.addresseeNo());
        b.heading("納税義務者");
        b.item("氏名", t.nameKanji() + " (" + t.nameKana() + ")　宛名番号 " + t.addresseeNo());
        b.item("住所", t.noticeAddress());
        cases.findOpenCaseOf(a.addresseeNo()).ifPresentOrElse(caseId -> {
            b.item("編入先の案件", caseId + " (滞納額 " + Yen.of(caseBriefing.owed(caseId, today).total()) + "、延滞金を含む)");
        }, () -> b.item("編入先の案件", "なし — 承認すると新しい案件を開始します"));
        b.heading("承認すると");
        b.text("繰上徴収告知書を送付し、上記の期別の納期限を" + WarekiDate.format(a.acceleratedDueDate())
                + "に繰り上げて案件に編入します。督促状は発付せず (法329①ただし書)、繰上げ後の納期限までに完納されないときは "
                + WarekiDate.format(AcceleratedCollection.seizureEligibleFrom(a.acceleratedDueDate()))
                + " から差押ができます (法331①二)。");
        b.putOn(task);
    }

    /** The installment's state in a word, for the table: still to be brought forward, or what happened since. */
    private static final class BillStatusText {
        static String of(TaxBill bill) {
            if (!"OPEN".equals(bill.status())) {
                return "納付済み等";
            }
            return bill.dueDate().isAfter(Today.date()) ? "未到来" : "納期限到来";
        }
    }
}
