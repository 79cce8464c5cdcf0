package jp.lg.collection.latecharge;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.bill.LateChargeRates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 延滞金の割合 as the administrator's page: the table and warnings, the year added as typed, refusals shown. */
class LateChargeRatePageTest extends ProcessTestSupport {

    @Autowired
    LateChargeRates rates;

    @Autowired
    OperationLog operations;

    @Test
    void inDecemberTheAdministratorSeesNextYearMissingAndAddsItAsTyped() throws Exception {
        today(LocalDate.of(2026, 12, 1));
        mvc().perform(get("/admin/late-charge-rates").with(member("kanri", "admins")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2027年の延滞金の割合が未登録です")))
                .andExpect(content().string(containsString("令和8年")))
                .andExpect(content().string(containsString("9.1%")))
                .andExpect(content().string(containsString("還付加算金")))
                .andExpect(content().string(containsString("要確認")))
                .andExpect(content().string(containsString("value=\"2027\"")));
        try {
            // above the statutory cap: refused with the field named, what was typed kept
            mvc().perform(post("/admin/late-charge-rates").with(member("kanri", "admins")).with(csrf())
                    .param("year", "2027").param("firstMonthPercent", "7.5").param("laterPercent", "9.4")
                    .param("source", "告示"))
                    .andExpect(redirectedUrl("/admin/late-charge-rates"))
                    .andExpect(flash().attribute("error", containsString("firstMonthPercent")));
            assertThat(rates.rows()).noneMatch(r -> r.year() == 2027);

            // typed on a Japanese keyboard: full-width digits and a percent sign
            mvc().perform(post("/admin/late-charge-rates").with(member("kanri", "admins")).with(csrf())
                    .param("year", "２０２７").param("firstMonthPercent", "３．０％").param("laterPercent", "9.4%")
                    .param("gracePercent", "1.5").param("refundAdditionPercent", "１．５％")
                    .param("source", "令和8年11月 財務省告示"))
                    .andExpect(redirectedUrl("/admin/late-charge-rates"))
                    .andExpect(flash().attribute("done", containsString("2027年の割合を登録しました")));
            assertThat(rates.rows()).filteredOn(r -> r.year() == 2027).singleElement().satisfies(r -> {
                assertThat(r.firstMonthPercent()).isEqualByComparingTo("3.0");
                assertThat(r.laterPercent()).isEqualByComparingTo("9.4");
                assertThat(r.gracePercent()).isEqualByComparingTo("1.5");
                assertThat(r.refundAdditionPercent()).as("還付加算金").isEqualByComparingTo("1.5");
                assertThat(r.registeredBy()).isEqualTo("kanri");
            });
            assertThat(operations.search("kanri", null, null, "LATE_CHARGE_RATE_ADD", 10)).last()
                    .satisfies(e -> assertThat(e.target()).contains("/admin/late-charge-rates", "2027年 3.0%"));
            mvc().perform(get("/admin/late-charge-rates").with(member("kanri", "admins")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("2027年の延滞金の割合が未登録"))));
        } finally {
            jdbc.sql("DELETE FROM late_charge_rate WHERE rate_year = 2027").update();
            rates.forget();
        }
    }

    @Test
    void onlyAdministratorsSeeOrChangeTheRates() throws Exception {
        mvc().perform(get("/admin/late-charge-rates").with(member("tanaka", "collectors")))
                .andExpect(status().isForbidden());
        mvc().perform(post("/admin/late-charge-rates").with(member("sato", "managers")).with(csrf())
                .param("year", "2027")).andExpect(status().isForbidden());
        mvc().perform(get("/admin/late-charge-rates")).andExpect(status().is3xxRedirection());
    }
}
