package jp.lg.collection.delinquency.acceleration;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 繰上徴収 is started for a taxpayer by a collector of his district or a manager: the proposal (「繰上徴収の起案」) then
 * waits in the starter's Tasklist, offering the taxpayer's installments not yet due. Whether he has a case does not
 * matter: the installments join his case, or a new one, when the manager approves. A taxpayer without an installment
 * that can be brought forward (open and not yet due) is refused with 400.
 */
@RestController
public class AcceleratedCollectionController {

    public static final String PROCESS_KEY = "AcceleratedCollection";

    private final AcceleratedCollectionRepository accelerations;
    private final AccelerableInstallments installments;
    private final TaxpayerRepository taxpayers;
    private final RuntimeService runtime;

    public AcceleratedCollectionController(AcceleratedCollectionRepository accelerations,
            AccelerableInstallments installments, TaxpayerRepository taxpayers, RuntimeService runtime) {
        this.accelerations = accelerations;
        this.installments = installments;
        this.taxpayers = taxpayers;
        this.runtime = runtime;
    }

    @PostMapping("/api/taxpayers/{addresseeNo}/accelerated-collections")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> start(@PathVariable("addresseeNo") String addresseeNo, Principal user) {
        Taxpayer taxpayer = taxpayers.find(addresseeNo).orElseThrow(() -> new IllegalArgumentException(
                "addresseeNo: 宛名番号 " + addresseeNo + " の納税義務者は登録されていません"));
        if (installments.of(addresseeNo, Today.date()).isEmpty()) {
            throw new IllegalArgumentException("addresseeNo: 宛名番号 " + addresseeNo
                    + " に繰り上げることができる期別 (納期限が到来していない未納の期別) はありません");
        }
        String by = user == null ? "system" : user.getName();
        long id = accelerations.draft(addresseeNo, by, Today.date());
        String number = accelerations.require(id).number();
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, number, Variables.createVariables()
                .putValue("accelerationId", id)
                .putValue("addresseeNo", addresseeNo)
                // display label for Tasklist lists only; the domain row stays the source of truth
                .putValue("taxpayerName", taxpayer.nameKanji())
                .putValue("proposer", by)).getId();
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("id", id);
        started.put("number", number);
        started.put("processInstanceId", instance);
        return started;
    }

    @GetMapping("/api/taxpayers/{addresseeNo}/accelerated-collections")
    public List<AcceleratedCollectionRepository.Acceleration> ofTaxpayer(@PathVariable("addresseeNo") String addresseeNo) {
        return accelerations.ofTaxpayer(addresseeNo);
    }
}
