package jp.lg.collection.delinquency.investigation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts the choice of inquiry targets on 「調査照会先の選択」 when it is created ({@code inquiryTargetChoices}, a
 * task-local Json list of label and value that the form's checklist shows): the city's institutions
 * ({@link InquiryInstitutions}) and the taxpayer's employer when the 宛名 has one. Local to the task, so it is
 * gone from the case once the choice is made.
 */
@Component("offerInquiryTargets")
public class OfferInquiryTargets implements TaskListener {

    static final String CHOICES = "inquiryTargetChoices";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InquiryInstitutions institutions;
    private final TaxpayerRepository taxpayers;

    public OfferInquiryTargets(InquiryInstitutions institutions, TaxpayerRepository taxpayers) {
        this.institutions = institutions;
        this.taxpayers = taxpayers;
    }

    @Override
    public void notify(DelegateTask task) {
        List<InquiryTargets.Target> offered = new ArrayList<>();
        Object addresseeNo = task.getVariable("addresseeNo");
        String workplace = addresseeNo == null ? null
                : taxpayers.find(addresseeNo.toString()).map(Taxpayer::workplaceName).orElse(null);
        if (workplace != null && !workplace.isBlank()) {
            offered.add(new InquiryTargets.Target(TargetKind.EMPLOYER, workplace.strip()));
        }
        offered.addAll(institutions.all());
        List<Map<String, String>> choices = new ArrayList<>();
        for (InquiryTargets.Target target : offered) {
            Map<String, String> choice = new LinkedHashMap<>();
            choice.put("label", target.label());
            choice.put("value", target.value());
            choices.add(choice);
        }
        try {
            task.setVariableLocal(CHOICES, SpinValues.jsonValue(JSON.writeValueAsString(choices)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("照会先の一覧を作れません", e);
        }
    }
}
