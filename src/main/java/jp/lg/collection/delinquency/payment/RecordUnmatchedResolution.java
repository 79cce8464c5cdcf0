package jp.lg.collection.delinquency.payment;

import java.time.LocalDate;
import jp.lg.collection.forms.TaskInputException;
import jp.lg.collection.forms.TaskInputs;
import jp.lg.collection.system.CurrentUser;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 充当・還付の記録: the collector's resolution of an unmatched payment — applied to the case named (as if
 * the bank had reported it for that case) or set aside to be returned. Synchronous, so a wrong case number
 * is refused on the form.
 */
@Component("recordUnmatchedResolution")
public class RecordUnmatchedResolution implements JavaDelegate {

    enum Resolution { APPLY_TO_CASE, REFUND }

    private final PaymentService payments;
    private final JdbcClient jdbc;

    public RecordUnmatchedResolution(PaymentService payments, JdbcClient jdbc) {
        this.payments = payments;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String recordId = (String) execution.getVariable("recordId");
        Resolution resolution = TaskInputs.requireEnum(execution, "resolution", Resolution.class);
        String note = TaskInputs.optionalText(execution, "resolutionNote");
        String by = CurrentUser.orSystem(execution);
        var payment = jdbc.sql("SELECT amount, paid_on, channel FROM unmatched_payment WHERE record_id = ?")
                .param(recordId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3)}).single();
        if (resolution == Resolution.APPLY_TO_CASE) {
            String caseId = TaskInputs.requireText(execution, "targetCaseId");
            try {
                payments.receive(caseId, (Long) payment[0], (LocalDate) payment[1], (String) payment[2], recordId, by);
            } catch (IllegalArgumentException e) {
                throw new TaskInputException("targetCaseId", e.getMessage());
            }
        } else if (note == null) {
            throw new TaskInputException("resolutionNote", "還付の理由(確認した内容)を入力してください");
        }
        jdbc.sql("""
                UPDATE unmatched_payment SET status = ?, resolved_by = ?, resolved_on = ?, resolution_note = ?
                WHERE record_id = ?
                """).params(resolution == Resolution.APPLY_TO_CASE ? "APPLIED" : "REFUND", by, Today.date(), note,
                recordId).update();
    }
}
