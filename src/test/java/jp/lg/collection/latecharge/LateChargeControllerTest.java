package jp.lg.collection.latecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.bill.LateChargeRates;
import jp.lg.collection.rules.LateChargeRate;
import jp.lg.collection.rules.RulesFileRates;
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

    @Autowired
    LateChargeRates rates;
    @Autowired
    OperationLog operations;

    @Test
    void theSeededRatesAreThoseOfTheRulesFile() {
        // V18 seeds late_charge_rate with statutory-rules.md §2 (2014–2020 grace rates derived, marked unverified)
        List<LateChargeRate> seeded = rates.table().rates().stream().filter(r -> r.year() <= 2026).toList();
        List<LateChargeRate> document = RulesFileRates.TABLE.rates();
        assertThat(seeded).hasSameSizeAs(document);
        for (int i = 0; i < document.size(); i++) {
            LateChargeRate db = seeded.get(i);
            LateChargeRate doc = document.get(i);
            assertThat(db.year()).isEqualTo(doc.year());
            assertThat(db.firstMonthPercent()).isEqualByComparingTo(doc.firstMonthPercent());
            assertThat(db.laterPercent()).isEqualByComparingTo(doc.laterPercent());
            assertThat(db.gracePercent()).isEqualByComparingTo(doc.gracePercent());
            assertThat(db.refundAdditionPercent()).as("還付加算金 %s", doc.year())
                    .isEqualByComparingTo(doc.refundAdditionPercent());
        }
        assertThat(rates.rows()).filteredOn(r -> !r.verified()).extracting(LateChargeRates.Row::year)
                .containsExactly(2014, 2015, 2016, 2017, 2018, 2019, 2020);
        // V20: the 2026 還付加算金 rate is derived from the 平均貸付割合, to be checked against the 告示
        assertThat(rates.rows()).filteredOn(r -> !r.refundAdditionVerified()).extracting(LateChargeRates.Row::year)
                .containsExactly(2026);
    }

    @Test
    @WithMockUser(username = "admin", authorities = "GROUP_admins")
    void fromDecemberTheAdministratorIsToldThatNextYearIsMissing() throws Exception {
        today(LocalDate.of(2026, 11, 30));
        mvc.perform(get("/api/admin/late-charge-rates")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rates[0].year").value(2014))
                .andExpect(jsonPath("$.rates[12].year").value(2026))
                .andExpect(jsonPath("$.rates[12].laterPercent").value(9.1))
                .andExpect(jsonPath("$.warnings[*]", everyItem(not(containsString("2027年の延滞金の割合が未登録")))));
        today(LocalDate.of(2026, 12, 1));
        mvc.perform(get("/api/admin/late-charge-rates")).andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0]", containsString("2027年の延滞金の割合が未登録です")));
    }

    @Test
    @WithMockUser(authorities = "GROUP_collectors")
    void onlyAdministratorsKeepTheRates() throws Exception {
        mvc.perform(get("/api/admin/late-charge-rates")).andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/late-charge-rates").param("year", "2027").param("firstMonthPercent", "3.0")
                .param("laterPercent", "9.4").param("source", "告示")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "kanri", authorities = "GROUP_admins")
    void anAdministratorAddsAYearAndTheAdditionIsLogged() throws Exception {
        today(LocalDate.of(2026, 12, 1));
        // a 2027 quote cannot be given before the year is loaded
        mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2026-11-30")
                .param("paidOn", "2027-01-15")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("2027")));
        // refused: above the statutory cap, a year loaded already, a year too far ahead
        mvc.perform(post("/api/admin/late-charge-rates").param("year", "2027").param("firstMonthPercent", "7.5")
                .param("laterPercent", "9.4").param("source", "告示")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("firstMonthPercent"));
        mvc.perform(post("/api/admin/late-charge-rates").param("year", "2026").param("firstMonthPercent", "2.8")
                .param("laterPercent", "9.1").param("source", "告示")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        mvc.perform(post("/api/admin/late-charge-rates").param("year", "2028").param("firstMonthPercent", "2.8")
                .param("laterPercent", "9.1").param("source", "告示")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        try {
            mvc.perform(post("/api/admin/late-charge-rates").param("year", "2027").param("firstMonthPercent", "3.0")
                    .param("laterPercent", "9.4").param("gracePercent", "1.5")
                    .param("source", "令和8年11月 財務省告示 (平均貸付割合)")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.year").value(2027));
            assertThat(operations.search("kanri", null, null, "LATE_CHARGE_RATE_ADD", 10)).last()
                    .satisfies(e -> {
                        assertThat(e.target()).contains("2027年 3.0% / 9.4% / 猶予 1.5%");
                        assertThat(e.result()).isEqualTo("OK");
                    });
            // 12/1–12/31/2026 @2.8 31d = 237.80 → 237; 1/1–1/15/2027 @9.4 15d = 386.30 → 386; 623 → under 1,000
            mvc.perform(get("/api/late-charge").param("principal", "100000").param("dueDate", "2026-11-30")
                    .param("paidOn", "2027-01-15")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.segments[1].ratePercent").value(9.4))
                    .andExpect(jsonPath("$.totalBeforeRounding").value(623));
            mvc.perform(get("/api/admin/late-charge-rates")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.rates[13].year").value(2027))
                    .andExpect(jsonPath("$.rates[13].registeredBy").value("kanri"))
                    .andExpect(jsonPath("$.warnings[*]", everyItem(not(containsString("2027年の延滞金の割合が未登録")))));
        } finally {
            jdbc.sql("DELETE FROM late_charge_rate WHERE rate_year = 2027").update();
            rates.forget();
        }
    }
}
