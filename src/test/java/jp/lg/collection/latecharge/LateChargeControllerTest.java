package jp.lg.collection.latecharge;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.lg.collection.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The counter's late-charge quote, as JSON, with the per-period lines and 400 naming a bad parameter. */
@AutoConfigureMockMvc
class LateChargeControllerTest extends ProcessTestSupport {

    @Autowired
    MockMvc mvc;

    /**
     * 100,000 yen due 2025-05-31, paid 2025-08-29.
     * First month 6/1–6/30 (30 days) at 2.4 %: 100,000 × 2.4 % × 30 / 365 = 197.26 → 197.
     * After one month 7/1–8/29 (60 days) at 8.7 %: 100,000 × 8.7 % × 60 / 365 = 1,430.13 → 1,430.
     * Total 1,627 → truncated to 100 yen: 1,600.
     */
    @Test
    @WithMockUser(authorities = "GROUP_collectors")
    void quotesTheLateChargeWithItsPeriods() throws Exception {
        mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2025-05-31")
                        .param("paidOn", "2025-08-29"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lateCharge").value(1600))
                .andExpect(jsonPath("$.segments.length()").value(2))
                .andExpect(jsonPath("$.segments[0].from").value("2025-06-01"))
                .andExpect(jsonPath("$.segments[0].to").value("2025-06-30"))
                .andExpect(jsonPath("$.segments[0].amount").value(197))
                .andExpect(jsonPath("$.segments[1].days").value(60))
                .andExpect(jsonPath("$.segments[1].amount").value(1430));
    }

    @Test
    @WithMockUser(authorities = "GROUP_collectors")
    void badInputNamesTheParameter() throws Exception {
        mvc.perform(get("/api/late-charge").param("principal", "12.5").param("dueDate", "2025-05-31")
                        .param("paidOn", "2025-08-29"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("principal"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400)).andExpect(jsonPath("$.detail").exists());
        mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2025-13-01")
                        .param("paidOn", "2025-08-29"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("dueDate"));
        mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2025-05-31"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("paidOn"));
        mvc.perform(get("/api/late-charge").param("principal", "-5").param("dueDate", "2025-05-31")
                        .param("paidOn", "2025-08-29"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message", containsString("principal")));
        mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2013-05-31")
                        .param("paidOn", "2013-08-29"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("dueDate"));
    }

    @Test
    @WithMockUser(authorities = "GROUP_collectors")
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("滞納整理 API"))
                .andExpect(jsonPath("$.paths['/api/late-charge'].get").exists())
                .andExpect(jsonPath("$.paths['/api/imports/{kind}'].post").exists());
    }

    @Test
    @WithMockUser(authorities = "GROUP_designers")
    void onlyCounterRolesMayQuote() throws Exception {
        mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2025-05-31")
                .param("paidOn", "2025-08-29")).andExpect(status().isForbidden());
    }
}
