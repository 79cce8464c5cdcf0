package jp.lg.collection.reduction;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.TaxReductionRule;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 減免申請の受付: the counter registers an application received on paper, with the documents it brought, and the
 * workflow (bpmn/tax-reduction.bpmn) takes it from there — deadline, review, decision, reduction, notice. Also the
 * taxpayer's applications and the statistics of the decisions.
 */
@RestController
public class TaxReductionController {

    public static final String PROCESS_KEY = "TaxReduction";
    static final int MAX_EVIDENCE = 20;

    /**
     * An application: the installment ({@code billId}, one of the taxpayer's), the ground, the day it was received
     * (today when not given; never in the future), the amount asked (the whole unpaid tax when not given), the
     * applicant's statement and the documents attached (添付書類, one per entry).
     */
    public record Application(Long billId, ReductionGround ground, LocalDate receivedOn, Long requestedAmount,
            String statement, List<String> evidence) {
    }

    private final TaxReductionRepository reductions;
    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final RuntimeService runtime;

    public TaxReductionController(TaxReductionRepository reductions, TaxpayerRepository taxpayers,
            TaxBillRepository bills, RuntimeService runtime) {
        this.reductions = reductions;
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.runtime = runtime;
    }

    @PostMapping("/api/taxpayers/{addresseeNo}/tax-reductions")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> apply(@PathVariable("addresseeNo") String addresseeNo,
            @RequestBody Application application, Principal user) {
        Taxpayer taxpayer = taxpayers.find(addresseeNo).orElseThrow(() -> new IllegalArgumentException(
                "addresseeNo: 宛名番号 " + addresseeNo + " の納税義務者は登録されていません"));
        if (application == null || application.billId() == null) {
            throw new IllegalArgumentException("billId: 減免を申請する期別を指定してください");
        }
        TaxBill bill = bills.find(application.billId()).filter(b -> b.addresseeNo().equals(addresseeNo))
                .orElseThrow(() -> new IllegalArgumentException("billId: 期別 " + application.billId()
                        + " はこの納税義務者の期別ではありません"));
        if (!"OPEN".equals(bill.status()) || bill.principalPaid() > 0) {
            throw new IllegalArgumentException("billId: " + bill.label()
                    + " は納付済み(一部を含む)のため減免の対象になりません (納付済みの税額は還付の手続によります)");
        }
        if (reductions.pendingFor(bill.id())) {
            throw new IllegalArgumentException("billId: " + bill.label() + " には審査中の減免申請があります");
        }
        ReductionGround ground = application.ground();
        if (ground == null) {
            throw new IllegalArgumentException("ground: 減免の事由を指定してください");
        }
        if (!ground.appliesTo(bill.taxItem())) {
            throw new IllegalArgumentException("ground: 「" + ground.label() + "」は" + bill.taxItem().label()
                    + "の減免の事由ではありません");
        }
        LocalDate today = Today.date();
        LocalDate receivedOn = application.receivedOn() == null ? today : application.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw new IllegalArgumentException("receivedOn: 申請日に将来の日付は指定できません (" + receivedOn + ")");
        }
        long requested = application.requestedAmount() == null ? bill.principalDue() : application.requestedAmount();
        try {
            TaxReductionRule.requireAmount(requested, bill.principalDue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("requestedAmount" + e.getMessage().substring(e.getMessage().indexOf(':')));
        }
        String statement = text("statement", application.statement(), 2000);
        List<String> evidence = application.evidence() == null ? List.of() : application.evidence().stream()
                .map(e -> text("evidence", e, 200)).filter(e -> e != null).toList();
        if (evidence.size() > MAX_EVIDENCE) {
            throw new IllegalArgumentException("evidence: 添付書類は" + MAX_EVIDENCE + "件までです");
        }
        String by = user == null ? "system" : user.getName();
        long id = reductions.apply(addresseeNo, bill.id(), ground, receivedOn, requested, statement, evidence, by);
        String number = reductions.require(id).number();
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, number, Variables.createVariables()
                .putValue("reductionId", id)
                .putValue("addresseeNo", addresseeNo)
                // display label for Tasklist lists only; the domain row stays the source of truth
                .putValue("taxpayerName", taxpayer.nameKanji())
                // as the clerk would type it, for the review form; its validation stores it as a number
                .putValue("reductionAmount", Yen.amount(requested))).getId();
        reductions.linkProcess(id, instance);
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("id", id);
        started.put("number", number);
        started.put("processInstanceId", instance);
        return started;
    }

    @GetMapping("/api/taxpayers/{addresseeNo}/tax-reductions")
    public List<TaxReductionRepository.Reduction> ofTaxpayer(@PathVariable("addresseeNo") String addresseeNo) {
        return reductions.ofTaxpayer(addresseeNo);
    }

    /** 減免の統計: decisions between {@code from} and {@code to} (inclusive) by ground and outcome; no personal data. */
    @GetMapping("/api/tax-reductions/statistics")
    public List<TaxReductionRepository.Count> statistics(
            @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: 終期が始期より前です");
        }
        return reductions.statistics(from, to);
    }

    /** Trimmed text of at most {@code max} characters; null when blank. */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(field + ": " + max + "文字以内で入力してください (" + text.length() + "文字)");
        }
        return text;
    }
}
