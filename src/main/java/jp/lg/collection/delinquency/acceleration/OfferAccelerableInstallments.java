package jp.lg.collection.delinquency.acceleration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.delinquency.CaseBriefing;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.forms.Briefing;
import jp.lg.collection.rules.WarekiDate;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * What 「繰上徴収の起案」 offers when it is created: the installments that can be brought forward
 * ({@code accelerableInstallments}, a task-local Json list of label and value for the form's checklist) and a briefing
 * — the taxpayer, those installments, and his open case with what it owes, which they will join.
 */
@Component("offerAccelerableInstallments")
public class OfferAccelerableInstallments implements TaskListener {

    static final String CHOICES = "accelerableInstallments";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccelerableInstallments installments;
    private final TaxpayerRepository taxpayers;
    private final DelinquencyCaseRepository cases;
    private final CaseBriefing caseBriefing;

    public OfferAccelerableInstallments(AccelerableInstallments installments, TaxpayerRepository taxpayers,
            DelinquencyCaseRepository cases, CaseBriefing caseBriefing) {
        this.installments = installments;
        this.taxpayers = taxpayers;
        this.cases = cases;
        this.caseBriefing = caseBriefing;
    }

    @Override
    public void notify(DelegateTask task) {
        String addresseeNo = (String) task.getVariable("addresseeNo");
        LocalDate today = Today.date();
        List<TaxBill> offered = installments.of(addresseeNo, today);
        List<Map<String, String>> choices = new ArrayList<>();
        for (TaxBill bill : offered) {
            Map<String, String> choice = new LinkedHashMap<>();
            choice.put("label", AccelerableInstallments.label(bill));
            choice.put("value", Long.toString(bill.id()));
            choices.add(choice);
        }
        try {
            task.setVariableLocal(CHOICES, SpinValues.jsonValue(JSON.writeValueAsString(choices)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("期別の一覧を作れません", e);
        }
        briefing(taxpayers.require(addresseeNo), offered, today).putOn(task);
    }

    Briefing briefing(Taxpayer t, List<TaxBill> offered, LocalDate today) {
        Briefing b = new Briefing();
        b.heading("納税義務者");
        b.item("氏名", t.nameKanji() + " (" + t.nameKana() + ")　宛名番号 " + t.addresseeNo());
        b.item("住所", t.noticeAddress());
        b.heading("繰り上げることができる期別 (" + WarekiDate.format(today) + "現在、納期限未到来)");
        if (offered.isEmpty()) {
            b.text("ありません。");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (TaxBill bill : offered) {
                rows.add(List.of(bill.label(), WarekiDate.format(bill.dueDate()), Yen.of(bill.principalDue())));
            }
            b.table(List.of("期別", "納期限", "本税"), List.of(false, false, true), rows);
        }
        cases.findOpenCaseOf(t.addresseeNo()).ifPresentOrElse(caseId -> {
            b.heading("編入先の案件");
            b.text("承認されると、選んだ期別は案件 " + caseId + " に編入されます。");
            b.item("案件の滞納額 (延滞金を含む)", Yen.of(caseBriefing.owed(caseId, today).total()));
        }, () -> {
            b.heading("編入先の案件");
            b.text("滞納案件はありません。承認されると、選んだ期別で新しい案件を開始します (督促状は発付しません: 法329①ただし書)。");
        });
        return b;
    }
}
