package jp.lg.collection.delinquency.suspension;

import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.delinquency.investigation.PropertyInquiryRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What 「執行停止の決裁」 shows: the proposal (ground with its article, immediate extinction, the collector's
 * reasons), the taxpayer and what is owed today, what the property investigation asked and found, the earlier
 * decisions on suspension and the latest negotiation log.
 */
@Component("suspensionBriefing")
public class SuspensionBriefing implements TaskListener {

    private final CaseBriefing cases;
    private final PropertyInquiryRepository inquiries;
    private final SuspensionRepository suspensions;

    public SuspensionBriefing(CaseBriefing cases, PropertyInquiryRepository inquiries, SuspensionRepository suspensions) {
        this.cases = cases;
        this.inquiries = inquiries;
        this.suspensions = suspensions;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = (String) task.getVariable("caseId");
        Briefing b = new Briefing();
        b.heading("起案の内容");
        Object ground = task.getVariable("suspensionGround");
        SuspensionGround g = ground == null ? null : SuspensionGround.valueOf(ground.toString());
        b.strong("停止の理由", g == null ? null : g.label() + " (" + g.article() + ")");
        b.strong("即時消滅 (法15条の7第5項)", Boolean.TRUE.equals(task.getVariable("immediateExtinction"))
                || "true".equals(String.valueOf(task.getVariable("immediateExtinction"))) ? "申出あり" : "申出なし");
        b.item("理由・調査の結果", (String) task.getVariable("suspensionReasons"));
        b.item("起案", cases.person((String) task.getVariable("assignedCollector")));
        cases.taxpayerAndOwed(caseId, Today.date(), b);
        investigation(caseId, b);
        List<List<String>> earlier = new ArrayList<>();
        for (SuspensionRepository.Suspension s : suspensions.ofCase(caseId)) {
            earlier.add(List.of(s.decidedOn() == null ? "" : WarekiDate.format(s.decidedOn()), s.ground().label(),
                    s.status(), cases.person(s.decidedBy()), s.decisionReason() == null ? "" : s.decisionReason()));
        }
        if (!earlier.isEmpty()) {
            b.heading("これまでの執行停止の決裁");
            b.table(List.of("決裁日", "理由", "状態", "決裁者", "決裁の理由"), List.of(), earlier);
        }
        cases.recentLog(caseId, 6, b).putOn(task);
    }

    private void investigation(String caseId, Briefing b) {
        List<List<String>> rows = new ArrayList<>();
        for (PropertyInquiryRepository.Inquiry i : inquiries.findByCase(caseId)) {
            rows.add(List.of(WarekiDate.format(i.sentOn()), i.label(), switch (i.status()) {
                case "ANSWERED" -> "NOTHING".equals(i.answerKind()) ? "該当なし" : "財産あり";
                case "TIMED_OUT" -> "回答期限切れ";
                default -> "回答待ち";
            }, i.answer() == null ? "" : i.answer()));
        }
        b.heading("財産調査");
        if (rows.isEmpty()) {
            b.text("照会の記録はありません。");
            return;
        }
        b.table(List.of("照会日", "照会先", "回答", "回答の要旨"), List.of(), rows);
        for (PropertyInquiryRepository.FoundAsset a : inquiries.assetsOf(caseId)) {
            b.item("見つかった財産", a.assetKind().label() + " " + a.description() + " " + Yen.of(a.estimatedValue()));
        }
    }
}
