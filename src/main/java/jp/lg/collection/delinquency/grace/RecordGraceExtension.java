package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.NoticeQueue;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.rules.GracePeriod;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.ProcessVariables;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予期間の延長の記録: the taxpayer could not pay within the grace for a compelling reason and applied for more
 * time (法15④ for the 徴収猶予; the 換価猶予 on application by 15の6③). The extension runs from the day after the
 * grace ends to {@code extensionTo}, at most 2 years from the grace's first day in all ({@link GracePeriod}); it is
 * a grace row of its own linked to the one it extends, with its own 分割納付 (法15⑤) and security. The taxpayer is
 * told by the 延長許可・不許可通知書 ({@link GraceDecisionNotice}). Sets {@code graceCheckAt} anew.
 */
@Component("recordGraceExtension")
public class RecordGraceExtension implements JavaDelegate {

    private final GraceRepository graces;
    private final GraceWatch watch;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final DelinquencyCaseRepository cases;
    private final TaxBillRepository bills;
    private final GraceProperties ordinance;

    public RecordGraceExtension(GraceRepository graces, GraceWatch watch, NegotiationLog log, NoticeQueue notices,
            DelinquencyCaseRepository cases, TaxBillRepository bills, GraceProperties ordinance) {
        this.graces = graces;
        this.watch = watch;
        this.log = log;
        this.notices = notices;
        this.cases = cases;
        this.bills = bills;
        this.ordinance = ordinance;
    }

    /** The longest end of a grace with its extensions: 2 years from its first day (法15④). */
    static LocalDate longestExtendedEnd(GraceKind kind, LocalDate start) {
        return kind == GraceKind.COLLECTION ? GracePeriod.collectionGraceMaxExtendedEnd(start)
                : GracePeriod.realizationGraceMaxExtendedEnd(start);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long graceId = ProcessVariables.requireLong(execution, "graceId");
        GraceWatch.Period p = watch.period(graceId);
        Grace first = p.first();
        String caseId = first.caseId();
        boolean granted = TaskInputs.requireBoolean(execution, "extensionGranted");
        LocalDate from = p.endsOn().plusDays(1);
        LocalDate to = TaskInputs.requireDate(execution, "extensionTo");
        String reason = TaskInputs.optionalText(execution, "extensionReason");
        LocalDate longest = longestExtendedEnd(first.kind(), p.startsOn());
        if (!to.isAfter(p.endsOn())) {
            throw new TaskInputException("extensionTo", "延長後の終期は現在の終期 (" + WarekiDate.format(p.endsOn())
                    + ") より後の日です");
        }
        if (granted && to.isAfter(longest)) {
            throw new TaskInputException("extensionTo", first.kind().label() + "の期間は延長を含めて"
                    + WarekiDate.format(longest) + "までです (既に猶予した期間と合わせて2年以内: 地方税法15条4項)");
        }
        if (!granted && reason == null) {
            throw new TaskInputException("extensionReason", "延長を認めない理由を入力してください");
        }
        long amount = graces.gracedAmount(caseId);
        List<GraceInstallments.Part> parts = List.of();
        RecordGraceDecision.Security security = RecordGraceDecision.Security.NONE;
        if (granted) {
            parts = InstallmentLines.parse("extensionInstallments", execution.getVariable("extensionInstallments"));
            try {
                parts = GraceInstallments.check(from, to, amount, parts);
            } catch (IllegalArgumentException e) {
                throw new TaskInputException("extensionInstallments", e.getMessage().replaceFirst("^parts: ", ""));
            }
            String taken = TaskInputs.optionalText(execution, "extensionSecurity");
            security = new RecordGraceDecision.Security(taken != null ? taken : first.security(),
                    taken != null ? null : first.securityWaiver());
        }
        String by = CurrentUser.of(execution);
        LocalDate today = Today.date();
        long id = graces.decide(new GraceRepository.Decision(caseId, first.kind(), first.ground(), from, to, granted,
                reason, by, today, amount, security.taken(), security.waiver(), p.rows().get(p.rows().size() - 1).id()));
        graces.saveInstallments(id, parts);
        String addresseeNo = cases.addresseeOf(caseId);
        String title = GraceDecisionNotice.title(first.kind(), granted, true);
        long documentId = notices.issue(caseId, addresseeNo, DocumentKind.GRACE_DECISION_NOTICE, title, today,
                NegotiationLog.SYSTEM, new GraceDecisionNotice.Content(notices.addressee(addresseeNo), caseId, today,
                        first.kind(), granted, true, first.ground(), granted ? p.startsOn() : from, to, amount, parts,
                        security.printed(), reason, notices.lines(bills.findOpenByCase(caseId), today)));
        log.record(caseId, NegotiationAction.GRACE, first.kind().label() + " 期間延長" + (granted ? " 許可" : " 不許可"),
                WarekiDate.format(from) + "〜" + WarekiDate.format(to) + "、猶予に係る金額 " + Yen.of(amount)
                        + (parts.isEmpty() ? "" : "、分割納付 " + parts.size() + "回") + (reason == null ? "" : " " + reason)
                        + " / " + title + " 文書ID " + documentId, by);
        execution.setVariable("graceCheckAt", watch.nextCheck(watch.period(graceId), today));
        for (String entered : new String[] {"extensionGranted", "extensionTo", "extensionReason", "extensionInstallments",
                "extensionSecurity"}) {
            execution.removeVariable(entered); // a later application opens a blank form
        }
    }
}
