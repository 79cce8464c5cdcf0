package jp.lg.collection.latecharge;

import java.time.LocalDate;
import jp.lg.collection.rules.LateChargeRateTable;
import jp.lg.collection.rules.LateChargeResult;
import jp.lg.collection.rules.LateChargeRule;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counter staff quote the late charge to a taxpayer: how much is due if the principal is paid on a given
 * day, with the per-period breakdown they can read out. The arithmetic is {@link LateChargeRule}'s.
 */
@RestController
public class LateChargeController {

    private final LateChargeRule rule = new LateChargeRule(LateChargeRateTable.statutory());

    @GetMapping("/api/late-charge")
    public LateChargeResult quote(@RequestParam("principal") long principal,
            @RequestParam("dueDate") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam("paidOn") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) {
        if (principal <= 0) {
            throw new IllegalArgumentException("principal: 本税額は1円以上の整数(円)で指定してください");
        }
        if (paidOn.isBefore(dueDate)) {
            throw new IllegalArgumentException("paidOn: 納付日 (" + paidOn + ") が納期限 (" + dueDate + ") より前です");
        }
        return rule.compute(principal, dueDate, paidOn);
    }
}
