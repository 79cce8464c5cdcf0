package jp.lg.collection.breach;

import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 評価書の変更箇所の記録 (別添2): a reportable incident changes the PIA's answer to "重大事故が発生したか" in Ⅲ-7
 * and its recurrence measures (as Kumagaya's revision did); any incident's measures change the risk measures.
 * The change is 事後 (reported after the fact): a revision for an incident does not wait for re-evaluation
 * (特定個人情報保護評価指針). Then the case is closed.
 */
@Component("recordPiaChange")
public class RecordPiaChange implements JavaDelegate {

    static final String ITEM_SERIOUS_INCIDENT =
            "Ⅲ リスク対策 7. 特定個人情報の保管・消去 ②過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか";
    static final String ITEM_OTHER_MEASURES =
            "Ⅲ リスク対策 7. 特定個人情報の保管・消去 その他のリスク及びそのリスクに対する措置";

    private final BreachRegister register;
    private final PiaChangeRecord pia;

    public RecordPiaChange(BreachRegister register, PiaChangeRecord pia) {
        this.register = register;
        this.pia = pia;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachRegister.Entry breach = register.require(BreachInputs.breachId(execution));
        String by = CurrentUser.orSystem(execution);
        String incident = "・" + breach.summary() + (breach.subcontractId() == null ? ""
                : " (再委託 " + breach.subcontractId() + ")") + "\n 再発防止策: " + breach.measures();
        if (Boolean.TRUE.equals(breach.reportable())) {
            String before = pia.currentText(ITEM_SERIOUS_INCIDENT).orElse("発生なし");
            String after = (before.startsWith("発生あり") ? before : "発生あり") + "\n" + incident;
            pia.add(Today.date(), ITEM_SERIOUS_INCIDENT, before, after, PiaChangeRecord.AFTER_THE_FACT,
                    "重大事故(事案 " + breach.breachId() + ")の発生及び再発防止策の実施に伴う修正", breach.breachId(), by);
        } else {
            String before = pia.currentText(ITEM_OTHER_MEASURES).orElse("(現行の評価書の記載のとおり)");
            pia.add(Today.date(), ITEM_OTHER_MEASURES, before, before + "\n・" + breach.measures(),
                    PiaChangeRecord.AFTER_THE_FACT, "事案 " + breach.breachId() + " の再発防止策の実施に伴う修正",
                    breach.breachId(), by);
        }
        register.close(breach.breachId(), by);
    }
}
