package jp.lg.collection.inquiry;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.lg.collection.audit.AuditInterceptor;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxBillRepository;
import jp.lg.collection.documents.LateCharges;
import jp.lg.collection.documents.NoticeLine;
import jp.lg.collection.system.Today;
import jp.lg.collection.taxpayer.Taxpayer;
import jp.lg.collection.taxpayer.TaxpayerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 他課照会: another department asks, without My Numbers, whether a taxpayer (by 宛名番号) is in arrears and what he
 * owes — {@code GET /api/inquiries/taxpayers/{addresseeNo}?purpose=CHILD_ALLOWANCE&reference=…}, for the group
 * {@code inquirers} only (SecurityConfig). The purpose is required; the answer holds only the fields the purpose
 * needs ({@link InquiryPurpose}), built field by field from the domain (never the 宛名 row: no My Number, address,
 * telephone or birth date can slip in). Every inquiry is in the operation log (TAX_INQUIRY) with the purpose, the
 * department's reference and the fields answered.
 */
@RestController
public class TaxInquiryController {

    static final int MAX_REFERENCE = 40;

    /** One unpaid installment, as an answer with {@link InquiryField#BALANCES} lists it. */
    public record Balance(String fiscalYear, String taxItem, int installment, LocalDate dueDate, long principal,
            long dunningFee, Long lateCharge, long total) {
    }

    /**
     * The answer: who and why (echoed), as of when, and the fields the purpose allows — the others are absent, not
     * empty.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(String addresseeNo, String purpose, String purposeLabel, LocalDate asOf, List<String> fields,
            Boolean delinquent, String name, List<Balance> balances, Long totalOwed) {
    }

    private final TaxpayerRepository taxpayers;
    private final TaxBillRepository bills;
    private final LateCharges lateCharges;

    public TaxInquiryController(TaxpayerRepository taxpayers, TaxBillRepository bills, LateCharges lateCharges) {
        this.taxpayers = taxpayers;
        this.bills = bills;
        this.lateCharges = lateCharges;
    }

    @GetMapping("/api/inquiries/taxpayers/{addresseeNo}")
    public Answer answer(@PathVariable("addresseeNo") String addresseeNo,
            @RequestParam(name = "purpose", required = false) String purposeCode,
            @RequestParam(name = "reference", required = false) String reference, HttpServletRequest request) {
        InquiryPurpose purpose = InquiryPurpose.of(purposeCode);
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("reference: 照会元の整理番号は" + MAX_REFERENCE + "文字以内です");
        }
        request.setAttribute(AuditInterceptor.TARGET, "目的 " + purpose.name() + " (" + purpose.label() + ")"
                + (ref == null ? "" : " 照会元番号 " + ref) + " 回答 "
                + String.join("・", purpose.fields().stream().map(InquiryField::label).toList()));
        Taxpayer taxpayer = taxpayers.find(addresseeNo).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "宛名番号 " + addresseeNo + " の納税義務者は登録されていません"));
        LocalDate today = Today.date();
        List<TaxBill> overdue = bills.findOpenOf(addresseeNo).stream().filter(b -> b.dueDate().isBefore(today)).toList();
        List<Balance> balances = null;
        Long total = null;
        if (purpose.answers(InquiryField.BALANCES)) {
            balances = new ArrayList<>();
            long sum = 0;
            for (TaxBill bill : overdue) {
                Long charge = lateCharges.owedOn(bill, today);
                long owed = bill.principalDue() + bill.dunningFeeDue() + (charge == null ? 0 : charge);
                balances.add(new Balance(NoticeLine.fiscalYearLabel(bill.fiscalYear()), bill.taxItem().label(),
                        bill.installmentNo(), bill.dueDate(), bill.principalDue(), bill.dunningFeeDue(), charge, owed));
                sum += owed;
            }
            total = sum;
        }
        return new Answer(taxpayer.addresseeNo(), purpose.name(), purpose.label(), today,
                purpose.fields().stream().map(InquiryField::label).toList(),
                purpose.answers(InquiryField.DELINQUENT) ? !overdue.isEmpty() : null,
                purpose.answers(InquiryField.NAME) ? taxpayer.nameKanji() : null, balances, total);
    }
}
