package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.GraceRevocationGround;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予の取消の記録: the manager revokes the grace on a ground of 法15の3① (for a 換価猶予 on application, 15の6の3②),
 * having heard the taxpayer's explanation first unless the ground is a fact of 繰上徴収 or the taxpayer did not come
 * without good reason (15の3②) — or decides to let it run (a compelling reason for a missed part). A revocation ends
 * the grace the day before (with any extension not yet begun), tells the taxpayer by the 取消通知書
 * ({@link GraceRevocationNotice}, 15の3③) and brings the case's waits for the grace forward to today
 * ({@link GraceWatch#wake}): dunning, reminders, seizure and sale resume. Sets {@code graceRevoked}; when the grace
 * runs on, {@code graceCheckAt} anew.
 */
@Component("recordGraceRevocation")
public class RecordGraceRevocation implements JavaDelegate {

    private final GraceRepository graces;
    private final GraceWatch watch;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final DelinquencyCaseRepository cases;
    private final TaxBillRepository bills;

    public RecordGraceRevocation(GraceRepository graces, GraceWatch watch, NegotiationLog log, NoticeQueue notices,
            DelinquencyCaseRepository cases, TaxBillRepository bills) {
        this.graces = graces;
        this.watch = watch;
        this.log = log;
        this.notices = notices;
        this.cases = cases;
        this.bills = bills;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long graceId = ProcessVariables.requireLong(execution, "graceId");
        GraceWatch.Period p = watch.period(graceId);
        Grace first = p.first();
        String caseId = first.caseId();
        LocalDate today = Today.date();
        boolean revoke = TaskInputs.requireBoolean(execution, "graceRevoked");
        String reason = TaskInputs.optionalText(execution, "revocationReason");
        String by = CurrentUser.of(execution);
        execution.setVariable("graceRevoked", revoke); // the form submits "true"; the gateway reads a boolean
        if (!revoke) {
            if (reason == null) {
                throw new TaskInputException("revocationReason", "猶予を継続する理由を入力してください (やむを得ない理由など)");
            }
            log.record(caseId, NegotiationAction.GRACE, first.kind().label() + " 継続 (取消しない)", reason, by);
            execution.setVariable("graceCheckAt", watch.nextCheck(p, today));
            clear(execution);
            return;
        }
        GraceRevocationGround ground = TaskInputs.requireEnum(execution, "revocationGround", GraceRevocationGround.class);
        String explanation = explanation(execution, ground);
        for (Grace g : p.rows()) {
            if (!g.endsOn().isBefore(today)) {
                graces.revoke(g.id(), today, ground, reason, by);
            }
        }
        String addresseeNo = cases.addresseeOf(caseId);
        String title = GraceRevocationNotice.title(first.kind());
        long amount = first.amount() == null ? graces.gracedAmount(caseId) : first.amount();
        long documentId = notices.issue(caseId, addresseeNo, DocumentKind.GRACE_REVOCATION_NOTICE, title, today,
                NegotiationLog.SYSTEM, new GraceRevocationNotice.Content(notices.addressee(addresseeNo), caseId, today,
                        first.kind(), p.startsOn(), p.endsOn(), amount, ground, reason, explanation,
                        notices.lines(bills.findOpenByCase(caseId), today)));
        int woken = watch.wake(caseId, today);
        log.record(caseId, NegotiationAction.GRACE, first.kind().label() + " 取消 (" + ground.article() + ")",
                ground.text() + (reason == null ? "" : "。" + reason) + "。弁明: " + explanation + " / " + title
                        + " 文書ID " + documentId + (woken == 0 ? "" : " (猶予の満了を待っていた手続 " + woken + "件を再開)"), by);
        clear(execution);
    }

    /** 法15の3②: the explanation heard first (its day), or why it was not. */
    static String explanation(DelegateExecution execution, GraceRevocationGround ground) {
        if (!ground.explanationHeardFirst()) {
            return "繰上徴収の事由によるため聴取を要しない (地方税法15条の3第2項ただし書)";
        }
        if (TaskInputs.flag(execution, "explanationRefused")) {
            return "正当な理由なく弁明をしなかった";
        }
        if (execution.getVariable("explanationHeardOn") == null
                || execution.getVariable("explanationHeardOn").toString().isBlank()) {
            throw new TaskInputException("explanationHeardOn", "取消しの前に弁明を聞いた日を入力してください (地方税法15条の3第2項)。"
                    + "正当な理由なく弁明しなかったときはその旨を選んでください");
        }
        LocalDate heard = TaskInputs.requireDate(execution, "explanationHeardOn");
        if (heard.isAfter(Today.date())) {
            throw new TaskInputException("explanationHeardOn", "弁明を聞いた日に将来の日付は入力できません");
        }
        String summary = TaskInputs.optionalText(execution, "explanationNote");
        return WarekiDate.format(heard) + "に聴取" + (summary == null ? "" : " (" + summary + ")");
    }

    private static void clear(DelegateExecution execution) {
        // the next decision opens a blank form (graceRevoked stays for the gateway; the briefing clears it)
        for (String entered : new String[] {"revocationGround", "revocationReason", "explanationHeardOn",
                "explanationRefused", "explanationNote", "revocationProposedBy"}) {
            execution.removeVariable(entered);
        }
    }
}
