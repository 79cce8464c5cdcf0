package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.system.ProcessVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.investigation.PropertyInquiryRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.rules.MonthlyWage;
import jp.lg.collection.rules.SeizureEligibility;
import jp.lg.collection.rules.WageSeizureLimit;
import jp.lg.collection.rules.WageSeizureResult;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What the seizure's two tasks show when they are created. 「差押の起案」: the assets the investigation found
 * (the first draft is prefilled from the most valuable one not yet proposed), the amount owed today and the
 * day seizure becomes lawful. 「差押の決裁」: the proposal with the collector's reasoning, the taxpayer and
 * the installments with what is owed today (late charge included), the lawful earliest day (法331①一), the
 * wage calculation (徴76①) where a wage is seized, the earlier rejections and the latest negotiation log — so
 * the manager decides with the facts in front of him.
 */
@Component("seizureBriefing")
public class SeizureBriefing implements TaskListener {

    private final CaseBriefing cases;
    private final DispositionRepository dispositions;
    private final PropertyInquiryRepository inquiries;
    private final TaxBillRepository bills;
    private final NegotiationLog log;

    public SeizureBriefing(CaseBriefing cases, DispositionRepository dispositions, PropertyInquiryRepository inquiries,
            TaxBillRepository bills, NegotiationLog log) {
        this.cases = cases;
        this.dispositions = dispositions;
        this.inquiries = inquiries;
        this.bills = bills;
        this.log = log;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = (String) task.getVariable("caseId");
        LocalDate today = Today.date();
        Briefing b = new Briefing();
        if ("Task_ApproveSeizure".equals(task.getTaskDefinitionKey())) {
            proposal(task, caseId, b);
            lawfulDay(caseId, today, b);
            cases.taxpayerAndOwed(caseId, today, b);
            rejections(caseId, b);
        } else {
            List<PropertyInquiryRepository.FoundAsset> found = unproposed(caseId);
            if (task.getVariable("dispositionKind") == null && !found.isEmpty()) {
                prefill(task, found.get(0));
            }
            foundAssets(found, b);
            lawfulDay(caseId, today, b);
            cases.taxpayerAndOwed(caseId, today, b);
        }
        cases.recentLog(caseId, 6, b);
        b.putOn(task);
    }

    /** The assets found for the case and not yet in a proposal, the most valuable first. */
    private List<PropertyInquiryRepository.FoundAsset> unproposed(String caseId) {
        List<String> proposed = dispositions.findByCase(caseId).stream()
                .filter(d -> !Disposition.REJECTED.equals(d.status())).map(Disposition::assetDescription).toList();
        List<PropertyInquiryRepository.FoundAsset> found = new ArrayList<>(inquiries.assetsOf(caseId).stream()
                .filter(a -> !proposed.contains(a.description())).toList());
        found.sort((x, y) -> Long.compare(y.estimatedValue(), x.estimatedValue()));
        return found;
    }

    /** The first draft as the answer recorded it: on the case's process, so the form opens with it. */
    private static void prefill(DelegateTask task, PropertyInquiryRepository.FoundAsset asset) {
        var execution = task.getExecution();
        execution.setVariable("dispositionKind", DispositionKind.SEIZURE.name());
        execution.setVariable("assetKind", asset.assetKind().name());
        execution.setVariable("assetDescription", asset.description());
        if (asset.thirdPartyDebtor() != null) {
            execution.setVariable("thirdPartyDebtor", asset.thirdPartyDebtor());
        }
        // as the clerk would type it; the form's validation stores it as a number again
        execution.setVariable("estimatedValue", Yen.amount(asset.estimatedValue()));
    }

    private static void foundAssets(List<PropertyInquiryRepository.FoundAsset> found, Briefing b) {
        b.heading("財産調査で見つかった財産 (未起案)");
        if (found.isEmpty()) {
            b.text("ありません。財産の内容を入力してください。");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PropertyInquiryRepository.FoundAsset a : found) {
            rows.add(List.of(a.assetKind().label(), a.description(), a.thirdPartyDebtor() == null ? "" : a.thirdPartyDebtor(),
                    Yen.of(a.estimatedValue()), WarekiDate.format(a.foundOn())));
        }
        b.table(List.of("種類", "内容", "第三債務者", "見込額", "判明日"), List.of(false, false, false, true, false), rows);
        b.text("最初の財産を起案の欄に入れてあります。別の財産を起案するときは書き換えてください。");
    }

    private void proposal(DelegateTask task, String caseId, Briefing b) {
        Disposition d = dispositions.require(ProcessVariables.requireLong(task, "dispositionId"));
        b.heading("起案の内容 (処分番号 " + d.id() + ")");
        b.strong("処分", d.kind().label() + " " + d.assetKind().label());
        b.item("財産", d.assetDescription());
        b.item("第三債務者", d.thirdPartyDebtor());
        b.item("執行機関", d.executingAuthority());
        b.strong("見積額", Yen.of(d.estimatedValue()));
        b.item("起案", cases.person(d.proposedBy()) + " (" + WarekiDate.format(d.proposedOn()) + ")");
        log.of(caseId).stream().filter(e -> e.action() == NegotiationAction.SEIZURE_PROPOSED)
                .reduce((first, second) -> second).ifPresent(e -> b.strong("起案の記録", e.note()));
        if (d.assetKind() == AssetKind.WAGE) {
            wage(task, b);
        }
    }

    /** 徴76①: what may be seized of the month's wage, from the figures of the proposal. */
    private static void wage(DelegateTask task, Briefing b) {
        MonthlyWage w;
        try {
            w = RegisterSeizureProposal.wageOf(task);
        } catch (TaskInputException e) {
            return; // figures not on this process (an older proposal): the log entry above has the result
        }
        WageSeizureResult r = WageSeizureLimit.compute(w);
        b.heading("給与の差押可能額 (月額・徴76①)");
        b.table(List.of("項目", "金額"), List.of(false, true), List.of(
                List.of("総支給額", Yen.of(w.gross())),
                List.of("所得税・住民税・社会保険料", Yen.of(w.incomeTax() + w.residentTax() + w.socialInsurance())),
                List.of("生活費 (10万円 + 4.5万円 × 親族 " + w.householdMembers() + "人)", Yen.of(r.livingAllowance())),
                List.of("残額の20%", Yen.of(r.twentyPercentPart())),
                List.of("差押禁止額", Yen.of(r.exempt())),
                List.of("**差押可能額**", "**" + Yen.of(r.seizable()) + "**")));
    }

    /** 法331①一: from the day after the 10th day counting from the (latest) 督促状. */
    private void lawfulDay(String caseId, LocalDate today, Briefing b) {
        LocalDate notice = RegisterSeizureProposal.latestNotice(bills.findOpenByCase(caseId));
        b.heading("差押ができる日 (地方税法331条1項1号)");
        // 繰上徴収の期別 (督促状なし): from the day after the new due date (法331①二)
        bills.acceleratedWithoutDunning(caseId).values().stream().max(java.util.Comparator.naturalOrder())
                .ifPresent(due -> b.item("繰上げ後の納期限 (法331①二)", WarekiDate.format(due) + " — 翌日 "
                        + WarekiDate.format(jp.lg.collection.rules.AcceleratedCollection.seizureEligibleFrom(due))
                        + " から差押ができます"));
        if (notice == null) {
            b.text("督促状が発付されていないため、督促による差押はできません。");
            return;
        }
        LocalDate from = SeizureEligibility.eligibleFrom(notice);
        b.item("督促状発付日", WarekiDate.format(notice));
        b.strong("差押ができる最初の日", CaseBriefing.date(from) + (SeizureEligibility.allowsSeizureOn(notice, today)
                ? " — 本日は差押できます" : " — 本日はまだ差押できません"));
    }

    private void rejections(String caseId, Briefing b) {
        List<List<String>> rows = new ArrayList<>();
        for (Disposition d : dispositions.findByCase(caseId)) {
            if (Disposition.REJECTED.equals(d.status())) {
                rows.add(List.of(d.decidedOn() == null ? "" : WarekiDate.format(d.decidedOn()), d.label(),
                        cases.person(d.decidedBy()), d.decisionReason() == null ? "" : d.decisionReason()));
            }
        }
        b.heading("これまでの却下");
        if (rows.isEmpty()) {
            b.text("ありません。");
        } else {
            b.table(List.of("決裁日", "起案", "決裁者", "却下の理由"), List.of(), rows);
        }
    }
}
