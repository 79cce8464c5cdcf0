package jp.lg.collection.refund;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.system.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The refunds over the API: who may do what, a 過納 registered by hand, the quote, the rate of a year added. */
class RefundApiTest extends ProcessTestSupport {

    @Autowired
    RefundRepository refunds;
    @Autowired
    LateChargeRates rates;

    @Test
    void aManagerRegistersAReductionsOverpaymentAndItsRefundStarts() throws Exception {
        today(LocalDate.of(2026, 8, 1));
        String addresseeNo = newTaxpayer("tanaka");
        String body = mvc().perform(post("/api/refunds").with(member("sato", Roles.MANAGERS))
                        .param("addresseeNo", addresseeNo).param("amount", "48000").param("cause", "OVERPAID")
                        .param("paidOn", "2026-04-30").param("taxDueDate", "2026-04-30").param("arisenOn", "2026-07-20")
                        .param("note", "令和8年度 固定資産税 減額更正 (7/20 決定)"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ALLOCATING"))
                .andExpect(jsonPath("$.overpayment").value(48_000))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        RefundRepository.Candidate c = refunds.candidate(refunds.require(id).candidateId());
        assertThat(c.cause().name()).isEqualTo("OVERPAID");
        assertThat(c.channel()).isEqualTo(RefundController.MANUAL);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("RF-" + id)
                .count()).isEqualTo(1);

        mvc().perform(get("/api/refunds/" + id).with(member("kobayashi", Roles.AUDITORS))).andExpect(status().isOk())
                .andExpect(jsonPath("$.article").value("地方税法第17条の4第1項第1号"))
                .andExpect(jsonPath("$.refund.number").value("RF-" + id));
        mvc().perform(get("/api/refunds").param("addresseeNo", addresseeNo).with(member("sato", Roles.MANAGERS)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc().perform(get("/api/refunds/" + id).with(member("tanaka", Roles.COLLECTORS)))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/refunds/starts").with(member("tanaka", Roles.COLLECTORS)))
                .andExpect(status().isForbidden());
        mvc().perform(get("/api/refunds/999999999").with(member("sato", Roles.MANAGERS)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        today(LocalDate.of(2026, 8, 1));
        String addresseeNo = newTaxpayer("tanaka");
        mvc().perform(post("/api/refunds").with(member("sato", Roles.MANAGERS)).param("addresseeNo", addresseeNo)
                .param("amount", "1000").param("cause", "CORRECTION_REQUEST").param("paidOn", "2026-04-30")
                .param("arisenOn", "2026-07-20").param("causeDecidedOn", "2026-07-20"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("claimedOn"));
        mvc().perform(post("/api/refunds").with(member("sato", Roles.MANAGERS)).param("addresseeNo", addresseeNo)
                .param("amount", "1000").param("cause", "NO_SUCH").param("paidOn", "2026-04-30")
                .param("arisenOn", "2026-07-20")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cause"));
        mvc().perform(post("/api/refunds").with(member("sato", Roles.MANAGERS)).param("addresseeNo", addresseeNo)
                .param("amount", "1000").param("cause", "ERRONEOUS").param("paidOn", "2026-04-30")
                .param("arisenOn", "2026-09-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("arisenOn"));
        mvc().perform(post("/api/refunds").with(member("sato", Roles.MANAGERS)).param("addresseeNo", "000000000")
                .param("amount", "1000").param("cause", "ERRONEOUS").param("paidOn", "2026-04-30")
                .param("arisenOn", "2026-04-30")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("addresseeNo"));
    }

    @Test
    void theCounterQuotesTheAddition() throws Exception {
        // 1,000,000 誤納 of 4/10 refunded 8/20: 102 days at 1.3 % → 3,632 → 3,600
        mvc().perform(get("/api/refund-addition").with(member("tanaka", Roles.COLLECTORS)).param("amount", "1000000")
                .param("cause", "ERRONEOUS").param("paidOn", "2026-04-10").param("decidedOn", "2026-08-20"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.firstDay").value("2026-05-11"))
                .andExpect(jsonPath("$.days").value(102)).andExpect(jsonPath("$.addition").value(3_600));
        mvc().perform(get("/api/refund-addition").with(member("yamada", Roles.DESIGNERS)).param("amount", "1000000")
                .param("cause", "ERRONEOUS").param("paidOn", "2026-04-10")).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAYearsRateOnlyOnce() throws Exception {
        mvc().perform(post("/api/admin/late-charge-rates/2026/refund-addition").with(member("admin", Roles.ADMINS))
                .param("percent", "1.3").param("source", "告示")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        mvc().perform(post("/api/admin/late-charge-rates/2040/refund-addition").with(member("admin", Roles.ADMINS))
                .param("percent", "1.3").param("source", "告示")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        mvc().perform(post("/api/admin/late-charge-rates/2026/refund-addition").with(member("admin", Roles.ADMINS))
                .param("percent", "7.5").param("source", "告示")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("percent"));
        mvc().perform(post("/api/admin/late-charge-rates/2026/refund-addition").with(member("sato", Roles.MANAGERS))
                .param("percent", "1.3").param("source", "告示")).andExpect(status().isForbidden());
        assertThat(rates.table().find(2026).orElseThrow().refundAdditionPercent()).isEqualByComparingTo("1.3");
    }
}
