package jp.lg.collection.delinquency.payment;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.imports.CsvImporter;
import jp.lg.collection.imports.ImportRun;
import jp.lg.collection.imports.PaymentImport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The unmatched list resolved in bulk, from the API and from the page: many lines to one taxpayer, a line to an
 * installment, refused calls changing nothing — and each resolved line's Tasklist task completed with it.
 */
class UnmatchedPaymentsTest extends ProcessTestSupport {

    static final String HEADER = "収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n";

    @Autowired
    CsvImporter importer;
    @Autowired
    PaymentImport paymentImport;

    /** Lines that match no installment, as the bank reported them; returns their record ids. */
    String[] unmatched(String prefix, long... amounts) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        String[] ids = new String[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            ids[i] = prefix + "-" + (i + 1);
            csv.append(ids[i]).append(",NO-SUCH-").append(prefix).append(",1,2026,01,2026-06-25,").append(amounts[i])
                    .append(",BANK\r\n");
        }
        ImportRun run = importer.run(paymentImport, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "bank.csv", null, "test");
        assertThat(run.status()).isEqualTo("DONE");
        return ids;
    }

    ProcessInstance taskProcess(String recordId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(recordId)
                .processDefinitionKey(PaymentReconciliation.UNMATCHED_PROCESS).singleResult();
    }

    String lineStatus(String recordId) {
        return jdbc.sql("SELECT status FROM unmatched_payment WHERE record_id = ?").param(recordId).query(String.class)
                .single();
    }

    static String json(String... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":").append(pairs[i + 1]);
        }
        return out.append('}').toString();
    }

    @Test
    void manyLinesGoToOneTaxpayerInOneCallAndTheirTasksEnd() throws Exception {
        String taxpayer = newTaxpayer("tanaka");
        long billId = newBill(taxpayer, 58_000, LocalDate.of(2026, 5, 31));
        DunnedCase dunned = openDunnedCase(taxpayer, LocalDate.of(2026, 6, 10));
        today(LocalDate.of(2026, 6, 26));
        String p = "U" + billId;
        String[] ids = unmatched(p, 10_000, 5_000, 3_000);
        ProcessInstance first = taskProcess(ids[0]);
        ProcessInstance second = taskProcess(ids[1]);
        ProcessInstance third = taskProcess(ids[2]);
        assertThat(first).isWaitingAt(UnmatchedPayments.TASK);

        mvc().perform(get("/api/payments/unmatched").with(member("tanaka", "collectors"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.recordId == '" + ids[1] + "')].amount").value(5_000));

        // one line of the call is not on the list: nothing is resolved
        mvc().perform(post("/api/payments/unmatched/resolutions").with(member("sato", "managers"))
                .contentType(MediaType.APPLICATION_JSON).content(json("recordIds", "[\"" + ids[0] + "\",\"" + p
                        + "-none\"]", "resolution", "\"APPLY_TO_TAXPAYER\"", "targetAddresseeNo", "\"" + taxpayer + "\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("recordIds"));
        // a target that does not exist: refused naming the field and the line
        mvc().perform(post("/api/payments/unmatched/resolutions").with(member("sato", "managers"))
                .contentType(MediaType.APPLICATION_JSON).content(json("recordIds", "[\"" + ids[0] + "\"]",
                        "resolution", "\"APPLY_TO_CASE\"", "targetCaseId", "\"D1999-000001\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("targetCaseId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(ids[0])));
        assertThat(lineStatus(ids[0])).isEqualTo("OPEN");
        assertThat(first).isWaitingAt(UnmatchedPayments.TASK);

        mvc().perform(post("/api/payments/unmatched/resolutions").with(member("tanaka", "collectors"))
                .contentType(MediaType.APPLICATION_JSON).content(json("recordIds", "[\"" + ids[0] + "\",\"" + ids[1]
                        + "\"]", "resolution", "\"APPLY_TO_TAXPAYER\"", "targetAddresseeNo", "\"" + taxpayer + "\"",
                        "resolutionNote", "\"納付書の控えで確認\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resolved").value(2));

        assertThat(bills.balanceOfCase(dunned.caseId())).as("58,100 − 15,000").isEqualTo(43_100);
        assertThat(first).isEnded();
        assertThat(second).isEnded();
        assertThat(lineStatus(ids[0])).isEqualTo("APPLIED");
        assertThat(jdbc.sql("SELECT resolved_by || ' ' || resolved_to FROM unmatched_payment WHERE record_id = ?")
                .param(ids[1]).query(String.class).single())
                .isEqualTo("tanaka 宛名番号 " + taxpayer + " (案件 " + dunned.caseId() + ")");
        assertThat(engine.getHistoryService().createUserOperationLogQuery().processInstanceId(first.getId())
                .operationType("Complete").singleResult().getUserId()).as("Camunda's history: who completed it")
                .isEqualTo("tanaka");
        assertThat(third).as("not selected: still waiting").isWaitingAt(UnmatchedPayments.TASK);

        // a refund needs its reason
        mvc().perform(post("/api/payments/unmatched/resolutions").with(member("sato", "managers"))
                .contentType(MediaType.APPLICATION_JSON).content(json("recordIds", "[\"" + ids[2] + "\"]",
                        "resolution", "\"REFUND\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("resolutionNote"));
        mvc().perform(post("/api/payments/unmatched/resolutions").with(member("sato", "managers"))
                .contentType(MediaType.APPLICATION_JSON).content(json("recordIds", "[\"" + ids[2] + "\"]",
                        "resolution", "\"REFUND\"", "targetAddresseeNo", "\"" + taxpayer + "\"",
                        "resolutionNote", "\"二重納付 (本人に確認)\"")))
                .andExpect(status().isOk());
        assertThat(lineStatus(ids[2])).isEqualTo("REFUND");
        assertThat(jdbc.sql("SELECT amount FROM refund_candidate WHERE record_id = ?").param(ids[2]).query(Long.class)
                .single()).isEqualTo(3_000);
        assertThat(third).isEnded();

        mvc().perform(get("/api/payments/unmatched").with(member("kobayashi", "auditors")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageResolvesSelectedLinesToAnInstallmentNamedByItsKey() throws Exception {
        TaxBill bill = bills.require(newBill(newTaxpayer("tanaka"), 9_000, LocalDate.of(2026, 7, 31)));
        today(LocalDate.of(2026, 6, 26));
        String[] ids = unmatched("W" + bill.id(), 9_000);
        ProcessInstance process = taskProcess(ids[0]);

        String page = mvc().perform(get("/payments/unmatched").with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("消込不能入金の一覧").contains(ids[0]).contains("9,000円").contains("css/tainou.css");

        // a wrong installment: the page says so and keeps the selection
        String refused = mvc().perform(post("/payments/unmatched").with(member("tanaka", "collectors")).with(csrf())
                .param("recordIds", ids[0]).param("resolution", "APPLY_TO_BILL").param("targetFiscalYear", "2026")
                .param("targetTaxItem", "01").param("targetNoticeNo", bill.noticeNo()).param("targetInstallmentNo", "2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("targetNoticeNo").contains("期別明細はありません");

        mvc().perform(post("/payments/unmatched").with(member("tanaka", "collectors")).with(csrf())
                .param("recordIds", ids[0]).param("resolution", "APPLY_TO_BILL").param("targetFiscalYear", "2026")
                .param("targetTaxItem", "01").param("targetNoticeNo", bill.noticeNo()).param("targetInstallmentNo", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/payments/unmatched"));

        assertThat(bills.require(bill.id()).status()).isEqualTo("PAID");
        assertThat(process).isEnded();
        assertThat(lineStatus(ids[0])).isEqualTo("APPLIED");
    }

    /** The Tasklist form takes the same decisions: an installment named on the form. */
    @Test
    void theTasklistFormResolvesToAnInstallmentToo() throws Exception {
        TaxBill bill = bills.require(newBill(newTaxpayer("tanaka"), 4_000, LocalDate.of(2026, 7, 31)));
        today(LocalDate.of(2026, 6, 26));
        String[] ids = unmatched("V" + bill.id(), 4_000);
        ProcessInstance process = taskProcess(ids[0]);

        refused(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(process),
                java.util.Map.of("resolution", "APPLY_TO_TAXPAYER", "targetAddresseeNo", "999999999999"),
                "targetAddresseeNo", "納税者はいません");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(process),
                java.util.Map.of("resolution", "APPLY_TO_BILL", "targetFiscalYear", 2026L, "targetTaxItem", "01",
                        "targetNoticeNo", bill.noticeNo(), "targetInstallmentNo", 1L));

        assertThat(process).isEnded();
        assertThat(bills.require(bill.id()).status()).isEqualTo("PAID");
        mvc().perform(get("/api/payments/unmatched").with(member("tanaka", "collectors"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.recordId == '" + ids[0] + "')]").isEmpty());
    }
}
