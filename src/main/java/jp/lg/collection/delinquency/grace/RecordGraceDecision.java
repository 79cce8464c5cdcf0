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
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.GraceInstallments;
import jp.lg.collection.rules.GraceSecurity;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 猶予の記録: the manager's decision on an application for grace, checked in the completing transaction so a
 * decision the law does not allow is refused on the form.
 * <ul>
 *   <li>A grant stays within the statutory longest period (1 year, 法15① / 15の6①; longer only by extension).</li>
 *   <li>A granted 徴収猶予 names its ground (法15①各号, ②): it decides whether the late charge of the period is
 *       exempted in full or runs at the grace rate (法15の9, {@link GraceGround}).</li>
 *   <li>The 分割納付 (法15③), if any, lies within the period and adds up to the amount graced
 *       ({@link GraceInstallments}).</li>
 *   <li>Security (担保) is recorded where the ordinance requires it ({@link GraceSecurity}, 法16①②), or the special
 *       circumstance that makes it impossible.</li>
 *   <li>A refusal needs its reason.</li>
 * </ul>
 * The taxpayer is told by the 許可・不許可通知書 ({@link GraceDecisionNotice}, 法15の2の2), queued with the case. A grant
 * cancels an auction waiting for its day ({@link GraceWatch#staySale}). Sets {@code graceId}, {@code graceGranted}
 * (a boolean) and for a grant
 * {@code graceCheckAt} (the model's next look: a part falling due or the end of the grace).
 */
@Component("recordGraceDecision")
public class RecordGraceDecision implements JavaDelegate {

    static final String INSTALLMENTS = "graceInstallments";

    private final GraceRepository graces;
    private final NegotiationLog log;
    private final NoticeQueue notices;
    private final DelinquencyCaseRepository cases;
    private final TaxBillRepository bills;
    private final GraceProperties ordinance;
    private final GraceWatch watch;

    public RecordGraceDecision(GraceRepository graces, NegotiationLog log, NoticeQueue notices,
            DelinquencyCaseRepository cases, TaxBillRepository bills, GraceProperties ordinance, GraceWatch watch) {
        this.graces = graces;
        this.log = log;
        this.notices = notices;
        this.cases = cases;
        this.bills = bills;
        this.ordinance = ordinance;
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        GraceKind kind = TaskInputs.requireEnum(execution, "graceKind", GraceKind.class);
        boolean granted = TaskInputs.requireBoolean(execution, "graceGranted");
        LocalDate from = TaskInputs.requireDate(execution, "graceFrom");
        LocalDate to = TaskInputs.requireDate(execution, "graceTo");
        String reason = TaskInputs.optionalText(execution, "graceReason");
        GraceGround ground = kind == GraceKind.COLLECTION && execution.getVariable("graceGround") != null
                ? TaskInputs.requireEnum(execution, "graceGround", GraceGround.class) : null;
        if (to.isBefore(from)) {
            throw new TaskInputException("graceTo", "猶予期間の終期が始期より前です");
        }
        if (granted && to.isAfter(kind.longestEnd(from))) {
            throw new TaskInputException("graceTo", kind.label() + "の期間は" + WarekiDate.format(kind.longestEnd(from))
                    + "までです (1年以内)");
        }
        if (granted && kind == GraceKind.COLLECTION && ground == null) {
            throw new TaskInputException("graceGround", "徴収猶予の事由を選んでください (延滞金の免除の範囲が決まります)");
        }
        if (!granted && reason == null) {
            throw new TaskInputException("graceReason", "不許可の理由を入力してください");
        }
        long amount = graces.gracedAmount(caseId);
        List<GraceInstallments.Part> parts = granted ? plan(execution, from, to, amount) : List.of();
        Security security = granted ? security(execution, graces, ordinance, caseId, amount, from, to)
                : Security.NONE;
        String by = CurrentUser.of(execution);
        LocalDate today = Today.date();
        long id = graces.decide(new GraceRepository.Decision(caseId, kind, ground, from, to, granted, reason, by, today,
                amount, security.taken(), security.waiver(), null));
        graces.saveInstallments(id, parts);
        String addresseeNo = cases.addresseeOf(caseId);
        long documentId = notices.issue(caseId, addresseeNo, DocumentKind.GRACE_DECISION_NOTICE,
                GraceDecisionNotice.title(kind, granted, false), today, NegotiationLog.SYSTEM,
                new GraceDecisionNotice.Content(notices.addressee(addresseeNo), caseId, today, kind, granted, false,
                        ground, from, to, amount, parts, security.printed(), reason,
                        notices.lines(bills.findOpenByCase(caseId), today)));
        log.record(caseId, NegotiationAction.GRACE, kind.label() + (ground == null ? "" : " (" + ground.label() + "、"
                + ground.article() + ")") + (granted ? " 許可" : " 不許可"),
                WarekiDate.format(from) + "〜" + WarekiDate.format(to) + "、猶予に係る金額 " + Yen.of(amount)
                        + (parts.isEmpty() ? "" : "、分割納付 " + parts.size() + "回")
                        + (security.printed() == null ? "" : "、担保 " + security.printed())
                        + (reason == null ? "" : " " + reason) + " / "
                        + GraceDecisionNotice.title(kind, granted, false) + " 文書ID " + documentId, by);
        execution.setVariable("graceId", id);
        execution.setVariable("graceGranted", granted); // the form submits "true"; the gateway reads a boolean
        if (granted) {
            execution.setVariable("graceCheckAt", watch.nextCheck(watch.period(id), today));
            watch.staySale(caseId);
        }
    }

    /** The 分割納付 typed on the form, checked against the grace (法15③). */
    static List<GraceInstallments.Part> plan(DelegateExecution execution, LocalDate from, LocalDate to, long amount) {
        List<GraceInstallments.Part> parts = InstallmentLines.parse(INSTALLMENTS, execution.getVariable(INSTALLMENTS));
        try {
            return GraceInstallments.check(from, to, amount, parts);
        } catch (IllegalArgumentException e) {
            throw new TaskInputException(INSTALLMENTS, e.getMessage().replaceFirst("^parts: ", ""));
        }
    }

    /** The security as decided: taken (its description), waived (why), or not needed. */
    record Security(String taken, String waiver) {
        static final Security NONE = new Security(null, null);

        String printed() {
            return taken != null ? taken : waiver != null ? "徴さない(" + waiver + ")" : null;
        }
    }

    /** 法16①②: where the ordinance requires security, the form names it or the circumstance that prevents it. */
    static Security security(DelegateExecution execution, GraceRepository graces, GraceProperties ordinance,
            String caseId, long amount, LocalDate from, LocalDate to) {
        String taken = TaskInputs.optionalText(execution, "graceSecurity");
        String waiver = TaskInputs.optionalText(execution, "graceSecurityWaiver");
        long needed = GraceSecurity.amountNeeded(amount, graces.seizedValue(caseId));
        boolean required = GraceSecurity.required(needed, from, to, ordinance.securityExemptAmount(),
                ordinance.securityExemptMonths());
        if (required && taken == null && waiver == null) {
            throw new TaskInputException("graceSecurity", "猶予に係る金額 (差押財産の見積額を除き " + Yen.of(needed)
                    + ") が" + Yen.of(ordinance.securityExemptAmount()) + "を超え、期間が" + ordinance.securityExemptMonths()
                    + "月を超えるため、担保の内容 (又は担保を徴することができない特別の事情) を入力してください (地方税法16条1項)");
        }
        return required ? new Security(taken, taken == null ? waiver : null) : new Security(taken, null);
    }
}
