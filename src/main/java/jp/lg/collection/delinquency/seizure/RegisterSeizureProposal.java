package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.system.CurrentUser;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.delinquency.GraceCalendar;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.AcceleratedCollection;
import jp.lg.collection.rules.MonthlyWage;
import jp.lg.collection.rules.SeizureEligibility;
import jp.lg.collection.rules.WageSeizureLimit;
import jp.lg.collection.rules.WageSeizureResult;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 差押の起案の登録: checks the collector's proposal in the completing transaction, so a proposal the law does
 * not allow is refused on the form. A seizure (and a joinder or delivery demand, which are enforcement too)
 * presupposes a dunning notice and may be made only from the day after the day on which 10 days have passed
 * counting from its issue, issue + 11 (法331①一, {@link SeizureEligibility}); with several notices the latest one
 * decides, as for the dunning model's timer. Wages may be
 * seized only above the 徴76 exempt amount, so a proposal that leaves nothing seizable is refused.
 * A joinder seizure is made only on property another authority has seized and that can be seized by joinder —
 * not a claim, which is reached by a delivery demand (徴86①). No enforcement is proposed while a 徴収猶予 is in
 * force (法15の2の3①, {@link GraceCalendar}). Real estate and registered vehicles name the office asked to
 * register the seizure (嘱託先), else the city's default ({@link SeizureProperties}).
 * Sets {@code dispositionId}, {@code dispositionKind} and {@code realizeBySale} (the gateway after execution).
 */
@Component("registerSeizureProposal")
public class RegisterSeizureProposal implements JavaDelegate {

    private final TaxBillRepository bills;
    private final DispositionRepository dispositions;
    private final NegotiationLog log;
    private final GraceCalendar graces;
    private final SeizureProperties practice;

    public RegisterSeizureProposal(TaxBillRepository bills, DispositionRepository dispositions, NegotiationLog log,
            GraceCalendar graces, SeizureProperties practice) {
        this.bills = bills;
        this.dispositions = dispositions;
        this.log = log;
        this.graces = graces;
        this.practice = practice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        DispositionKind kind = TaskInputs.requireEnum(execution, "dispositionKind", DispositionKind.class);
        AssetKind asset = TaskInputs.requireEnum(execution, "assetKind", AssetKind.class);
        LocalDate today = Today.date();
        requireLawfulDay(caseId, today);
        graces.collectionGraceUntil(caseId, today).ifPresent(end -> {
            throw new TaskInputException("dispositionKind", "徴収猶予中 (" + WarekiDate.format(end)
                    + "まで) は滞納処分ができません (地方税法15条の2の3第1項)");
        });
        if (kind == DispositionKind.JOINDER_SEIZURE && asset.receivable()) {
            throw new TaskInputException("dispositionKind", "債権 (" + asset.label()
                    + ") には参加差押えはできません。交付要求を選んでください (国税徴収法86条1項)");
        }
        String description = TaskInputs.requireText(execution, "assetDescription");
        String reason = TaskInputs.requireText(execution, "proposalReason");
        // a field the form hides (no third-party debtor for a car, no executing authority for a seizure) is not
        // read, even when an earlier draft or the prefill left a value behind
        String thirdPartyDebtor = asset.receivable() ? TaskInputs.optionalText(execution, "thirdPartyDebtor") : null;
        if (kind == DispositionKind.SEIZURE && asset.receivable() && thirdPartyDebtor == null) {
            // 徴62: a receivable is seized by serving the notice on the third-party debtor
            throw new TaskInputException("thirdPartyDebtor", "債権の差押には第三債務者 (差押通知書の送達先) を入力してください");
        }
        String executingAuthority = kind.claimsOnAnotherExecution() ? TaskInputs.optionalText(execution, "executingAuthority") : null;
        if (kind.claimsOnAnotherExecution() && executingAuthority == null) {
            throw new TaskInputException("executingAuthority",
                    kind.label() + "には執行機関 (" + kind.label() + "書の送付先) を入力してください");
        }
        String registryOffice = null;
        if (asset.realPropertyEtc() && kind != DispositionKind.DELIVERY_DEMAND) {
            registryOffice = TaskInputs.optionalText(execution, "registryOffice");
            if (registryOffice == null) {
                registryOffice = practice.registryFor(asset);
            }
            if (registryOffice == null) {
                throw new TaskInputException("registryOffice", (asset == AssetKind.VEHICLE ? "運輸支局" : "登記所")
                        + " (差押えの" + (asset == AssetKind.VEHICLE ? "登録" : "登記") + "の嘱託先) を入力してください");
            }
        }
        long estimated = TaskInputs.requireYen(execution, "estimatedValue", 0);
        if (estimated == 0 && kind != DispositionKind.DELIVERY_DEMAND) {
            // property worth nothing leaves nothing over for the tax (徴48②: 無益な差押の禁止); a delivery demand
            // only claims from another execution's proceeds and may not know them yet
            throw new TaskInputException("estimatedValue", "見積額が0円の財産は" + kind.label()
                    + "できません (無益な差押の禁止: 国税徴収法48条2項)。見積額を入力してください");
        }
        Long seizable = null;
        String note = "見積額 " + Yen.of(estimated);
        if (asset == AssetKind.WAGE) {
            WageSeizureResult limit = WageSeizureLimit.compute(wageOf(execution));
            if (limit.seizable() == 0) {
                throw new TaskInputException("wageGross", "差押可能額が0円です (差押禁止額 " + Yen.of(limit.exempt())
                        + "、徴76①): 給与は差押できません");
            }
            seizable = limit.seizable();
            note = "月額の差押禁止額 " + Yen.of(limit.exempt()) + " (生活費 " + Yen.of(limit.livingAllowance()) + "、20%部分 "
                    + Yen.of(limit.twentyPercentPart()) + ")、差押可能額 " + Yen.of(seizable) + " (徴76①)";
        }
        String collector = CurrentUser.of(execution);
        if (collector == null) {
            collector = (String) execution.getVariable("assignedCollector");
        }
        long id = dispositions.propose(new DispositionRepository.Proposal(caseId, kind, asset, description,
                thirdPartyDebtor, executingAuthority, estimated, seizable, collector == null ? NegotiationLog.SYSTEM
                        : collector, today, registryOffice));
        log.record(caseId, NegotiationAction.SEIZURE_PROPOSED, dispositions.require(id).label(),
                "起案理由: " + reason + " / " + note, collector);
        execution.setVariable("dispositionId", id);
        execution.setVariable("dispositionKind", kind.name());
        execution.setVariable("realizeBySale", kind == DispositionKind.SEIZURE && !asset.receivable());
        // a re-draft after a rejection: the collector has read the decision, the next approval starts blank
        execution.removeVariable("seizureApproved");
        execution.removeVariable("decisionReason");
    }

    private void requireLawfulDay(String caseId, LocalDate today) {
        List<TaxBill> open = bills.findOpenByCase(caseId);
        if (open.isEmpty()) {
            throw new TaskInputException("dispositionKind", "未納の期別がないため差押できません");
        }
        LocalDate latestNotice = latestNotice(open);
        // 繰上徴収: an installment brought forward needs no 督促 and is seizable from the day after its new due date
        // (法329①ただし書, 331①二); with notices too, the later day decides, as for the dunning model's timer
        LocalDate accelerated = bills.acceleratedWithoutDunning(caseId).values().stream()
                .max(Comparator.naturalOrder()).orElse(null);
        if (latestNotice == null && accelerated == null) {
            throw new TaskInputException("dispositionKind", "督促状が発付されていないため差押できません (督促は滞納処分の前提です)");
        }
        if (accelerated != null && today.isBefore(AcceleratedCollection.seizureEligibleFrom(accelerated))) {
            throw new TaskInputException("dispositionKind", "差押は" + WarekiDate.format(
                    AcceleratedCollection.seizureEligibleFrom(accelerated)) + "から可能です (繰上げ後の納期限 "
                    + WarekiDate.format(accelerated) + " の翌日から: 法331①二)");
        }
        if (latestNotice != null && !SeizureEligibility.allowsSeizureOn(latestNotice, today)) {
            throw new TaskInputException("dispositionKind", "差押は" + WarekiDate.format(
                    SeizureEligibility.eligibleFrom(latestNotice)) + "から可能です (督促状発付 "
                    + WarekiDate.format(latestNotice) + "、発付日から起算して10日を経過した日 "
                    + WarekiDate.format(SeizureEligibility.lastDayToPay(latestNotice)) + " の翌日から: 法331①一)");
        }
    }

    /** The latest 督促状 of the open installments: with several notices the latest one decides (法331①一). */
    static LocalDate latestNotice(List<TaxBill> open) {
        return open.stream().map(TaxBill::dunningIssuedOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The month's wage as the proposal form states it (徴76①: the exempt amount is computed from it). */
    static MonthlyWage wageOf(VariableScope scope) {
        return new MonthlyWage(TaskInputs.requireYen(scope, "wageGross", 1),
                TaskInputs.requireYen(scope, "wageIncomeTax", 0), TaskInputs.requireYen(scope, "wageResidentTax", 0),
                TaskInputs.requireYen(scope, "wageSocialInsurance", 0), requireCount(scope, "householdMembers"));
    }

    private static int requireCount(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        try {
            int count = new java.math.BigDecimal(String.valueOf(value).trim()).intValueExact();
            if (count >= 0 && count <= 20) {
                return count;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the refusal below
        }
        throw new TaskInputException(name, "生計を一にする親族の人数を0〜20人で入力してください (" + value + ")");
    }
}
