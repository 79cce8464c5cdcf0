package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.forms.JapaneseDateInput;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.rules.GraceRevocationGround;
import jp.lg.collection.rules.GraceSecurity;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What the grace's decisions show when they are created. 「猶予の決裁」: the application (kind and period as applied
 * for), the amount the grace would cover and whether the ordinance requires security for it (法16①), the taxpayer,
 * what is owed today and the negotiation log. 「猶予期間の延長の決裁」 and 「猶予の取消の判断」: the grace as it runs — its
 * period, the longest extension, its 分割納付 with what was paid — and, for a revocation, the ground proposed.
 */
@Component("graceBriefing")
public class GraceBriefing implements TaskListener {

    private final CaseBriefing cases;
    private final GraceRepository graces;
    private final GraceWatch watch;
    private final GraceProperties ordinance;

    public GraceBriefing(CaseBriefing cases, GraceRepository graces, GraceWatch watch, GraceProperties ordinance) {
        this.cases = cases;
        this.graces = graces;
        this.watch = watch;
        this.ordinance = ordinance;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = (String) task.getVariable("caseId");
        LocalDate today = Today.date();
        Briefing b = new Briefing();
        switch (task.getTaskDefinitionKey()) {
            case "Task_DecideGraceExtension" -> running(task, today, b, true);
            case "Task_DecideGraceRevocation" -> {
                task.getExecution().removeVariable("graceRevoked"); // the last decision's answer is not this one's
                running(task, today, b, false);
                Object ground = task.getVariable("revocationGround");
                if (ground != null) {
                    b.heading("取消の事由 (案)");
                    b.strong("事由", GraceRevocationGround.valueOf(ground.toString()).article() + " "
                            + GraceRevocationGround.valueOf(ground.toString()).text());
                    b.item("申出", (String) task.getVariable("revocationProposal"));
                }
            }
            default -> application(task, caseId, b);
        }
        cases.taxpayerAndOwed(caseId, today, b);
        cases.recentLog(caseId, 6, b).putOn(task);
    }

    private void application(DelegateTask task, String caseId, Briefing b) {
        b.heading("申請の内容");
        Object kind = task.getVariable("graceKind");
        b.strong("猶予の種類", kind == null ? null : GraceKind.valueOf(kind.toString()).label());
        b.strong("申請の期間", period(task.getVariable("graceFrom"), task.getVariable("graceTo")));
        long amount = graces.gracedAmount(caseId);
        long needed = GraceSecurity.amountNeeded(amount, graces.seizedValue(caseId));
        b.strong("猶予に係る金額 (本税・督促手数料)", Yen.of(amount));
        b.item("担保 (地方税法16条)", "猶予に係る金額から差押財産の見積額を除いた " + Yen.of(needed) + " が"
                + Yen.of(ordinance.securityExemptAmount()) + "を超え、期間が" + ordinance.securityExemptMonths()
                + "月を超えるときは、担保の内容 (又は担保を徴することができない特別の事情) を入力します");
    }

    private void running(DelegateTask task, LocalDate today, Briefing b, boolean extension) {
        GraceWatch.Period p = watch.period(ProcessVariables.requireLong(task, "graceId"));
        Grace first = p.first();
        b.heading("猶予の内容");
        b.strong("猶予の種類", first.kind().label() + (first.ground() == null ? "" : " (" + first.ground().label() + "、"
                + first.ground().article() + ")"));
        b.strong("猶予期間", CaseBriefing.date(p.startsOn()) + " 〜 " + CaseBriefing.date(p.endsOn()));
        if (extension) {
            b.strong("延長できる最終日", CaseBriefing.date(RecordGraceExtension.longestExtendedEnd(first.kind(),
                    p.startsOn())) + " (既に猶予した期間と合わせて2年以内: 地方税法15条4項)");
            b.item("申請の終期", period(null, task.getVariable("extensionTo")));
        }
        b.item("猶予に係る金額", first.amount() == null ? null : Yen.of(first.amount()));
        b.item("担保", first.security() != null ? first.security()
                : first.securityWaiver() != null ? "徴さない (" + first.securityWaiver() + ")" : "なし");
        long paid = graces.paidSince(first.caseId(), p.startsOn());
        if (p.parts().isEmpty()) {
            b.item("分割納付", "なし (猶予期間中の納付 " + Yen.of(paid) + ")");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        long due = 0;
        for (GraceInstallments.Part part : p.parts()) {
            due += part.amount();
            rows.add(List.of(WarekiDate.format(part.dueOn()), Yen.of(part.amount()), Yen.of(due),
                    part.dueOn().isBefore(today) ? (paid >= due ? "履行" : "**不履行**") : "未到来"));
        }
        b.heading("分割納付 (猶予期間中の納付 " + Yen.of(paid) + ")");
        b.table(List.of("納付期限", "金額", "累計", "状況"), List.of(false, true, true, false), rows);
    }

    private static String period(Object from, Object to) {
        try {
            return to == null ? null : (from == null ? "" : JapaneseDateInput.describe(LocalDate.parse(from.toString()))
                    + " 〜 ") + JapaneseDateInput.describe(LocalDate.parse(to.toString()));
        } catch (RuntimeException e) {
            return from + " 〜 " + to;
        }
    }
}
