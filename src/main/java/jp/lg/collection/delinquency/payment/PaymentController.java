package jp.lg.collection.delinquency.payment;

import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A payment taken at the counter or reported by the bank for a known case. */
@RestController
public class PaymentController {

    private final PaymentService payments;

    public PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @PostMapping("/api/cases/{caseId}/payments")
    public PaymentService.Receipt pay(@PathVariable String caseId, @RequestParam("amount") long amount,
            @RequestParam("paidOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam("recordId") String recordId,
            @RequestParam(value = "channel", defaultValue = "COUNTER") String channel, Principal user) {
        return payments.receive(caseId, amount, paidOn, channel, recordId, user.getName());
    }
}
