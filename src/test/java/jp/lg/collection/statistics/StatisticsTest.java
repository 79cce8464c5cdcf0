package jp.lg.collection.statistics;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.bill.TaxBill;
import jp.lg.collection.bill.TaxItem;
import jp.lg.collection.statistics.CollectionStatistics.Report;
import jp.lg.collection.statistics.StatisticsRepository.Reconciliation;
import jp.lg.collection.taxpayer.Taxpayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 統計 recomputed from raw rows: two taxpayers of a district no other test uses (S7), their installments of
 * fiscal years 2016 to 2019, payments before, during and after the year (by bank and by 配当),
 * a 不納欠損 before and one during the year, a case opened, seized, a delivery demand served, an auction sold, a
 * suspension started — and the figures the report gives compared with the ones computed here by hand.
 */
class StatisticsTest extends ProcessTestSupport {

    static final String DISTRICT = "S7";
    static final int FY = 2019;
    /** 平成31年度 as the product names the year that began on 2019-04-01 (NoticeLine). */
    static final String FY_LABEL = jp.lg.collection.documents.NoticeLine.fiscalYearLabel(FY);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    CollectionStatistics statistics;
    @Autowired
    StatisticsRepository repository;

    static boolean loaded;
    static Reconciliation before;
    static Reconciliation after;

    String caseA;

    @BeforeEach
    void rows() {
        synchronized (StatisticsTest.class) {
            if (loaded) {
                return;
            }
            before = repository.reconciliation();
            load();
            after = repository.reconciliation();
            loaded = true;
        }
    }

    /**
     * A: 市民税 H30 100,000 (30,000 paid 2019-03-15, 20,000 on 5/10, 5,000 on 2020-04-10), 市民税 R1 60,000 and
     * 固定資産税 R1 40,000 (60,000 and 15,000 from a 配当 on 8/20); case opened 7/10, 差押 7/25, 交付要求 8/1, 公売
     * sold 10/1; a proposed and a rejected seizure that count for nothing. B: 固定資産税 H28 8,000 written off 3/1
     * (before the year), 固定資産税 H29 50,000 written off 2020-02-10, 軽自動車税 R1 10,000 paid on its due date;
     * its case (opened in 2018) suspended 11/5.
     */
    void load() {
        String a = taxpayer();
        String b = taxpayer();
        caseA = newCase(a, LocalDate.of(2019, 7, 10));
        String caseB = newCase(b, LocalDate.of(2018, 1, 15));

        long a1 = bill(a, TaxItem.RESIDENT, 2018, 100_000, LocalDate.of(2018, 6, 30), caseA);
        long a2 = bill(a, TaxItem.RESIDENT, 2019, 60_000, LocalDate.of(2019, 6, 30), caseA);
        long a3 = bill(a, TaxItem.FIXED_ASSET, 2019, 40_000, LocalDate.of(2019, 4, 30), caseA);
        long b0 = bill(b, TaxItem.FIXED_ASSET, 2016, 8_000, LocalDate.of(2016, 5, 31), caseB);
        long b1 = bill(b, TaxItem.FIXED_ASSET, 2017, 50_000, LocalDate.of(2017, 5, 31), caseB);
        long b2 = bill(b, TaxItem.LIGHT_VEHICLE, 2019, 10_000, LocalDate.of(2019, 5, 31), null);

        pay(a, a1, 30_000, LocalDate.of(2019, 3, 15), "BANK");
        pay(a, a1, 20_000, LocalDate.of(2019, 5, 10), "BANK");
        pay(a, a1, 5_000, LocalDate.of(2020, 4, 10), "CVS");
        pay(a, a2, 60_000, LocalDate.of(2019, 8, 20), "DISTRIBUTION");
        pay(a, a3, 15_000, LocalDate.of(2019, 8, 20), "DISTRIBUTION");
        pay(b, b2, 10_000, LocalDate.of(2019, 5, 31), "BANK");

        writeOff(caseB, b0, 8_000, LocalDate.of(2019, 3, 1));
        writeOff(caseB, b1, 50_000, LocalDate.of(2020, 2, 10));

        long seizure = disposition(caseA, "SEIZURE", "COLLECTED", LocalDate.of(2019, 7, 25));
        disposition(caseA, "DELIVERY_DEMAND", "EXECUTED", LocalDate.of(2019, 8, 1));
        disposition(caseA, "SEIZURE", "PROPOSED", null);
        disposition(caseA, "JOINDER_SEIZURE", "REJECTED", null);
        jdbc.sql("""
                INSERT INTO auction (disposition_id, case_id, round_no, estimated_price, auction_day, notice_by,
                  sale_decision_on, price, status, planned_by, planned_on)
                VALUES (?, ?, 1, 70000, ?, ?, ?, 80000, 'PAID', 'test', ?)
                """).params(seizure, caseA, LocalDate.of(2019, 9, 25), LocalDate.of(2019, 9, 14),
                LocalDate.of(2019, 10, 1), LocalDate.of(2019, 9, 1)).update();
        jdbc.sql("""
                INSERT INTO suspension (case_id, ground, immediate_extinction, reasons, proposed_by, decided_by,
                  decided_on, status, started_on)
                VALUES (?, 'NO_PROPERTY', FALSE, '財産なし', 'test', 'test', ?, 'SUSPENDED', ?)
                """).params(caseB, LocalDate.of(2019, 11, 5), LocalDate.of(2019, 11, 5)).update();
    }

    @Test
    void collectionFiguresOfTheYearAreTheRowsAddedUpByHand() {
        Report r = statistics.of(FY);
        Figures all = r.year(null, DISTRICT);
        // 調定: 現年 60,000 + 40,000 + 10,000; 滞繰 70,000 (100,000 less 30,000 paid in March) + 50,000 (+ 0 written off)
        assertThat(all.levyCurrent()).isEqualTo(110_000);
        assertThat(all.levyArrears()).isEqualTo(120_000);
        // 収入: 現年 60,000 + 15,000 + 10,000, 滞繰 20,000; the March and next April payments are other years'
        assertThat(all.cumulativeCurrent()).isEqualTo(85_000);
        assertThat(all.cumulativeArrears()).isEqualTo(20_000);
        assertThat(all.collected()).isEqualTo(105_000);
        assertThat(all.enforcement()).isEqualTo(75_000);
        assertThat(all.rateCurrent()).isEqualByComparingTo("77.3"); // 85,000 / 110,000
        assertThat(all.rateArrears()).isEqualByComparingTo("16.7"); // 20,000 / 120,000
        assertThat(all.rate()).isEqualByComparingTo("45.7"); // 105,000 / 230,000
        assertThat(all.writtenOffToDate()).isEqualTo(50_000);
        // 滞納繰越額: 230,000 − 105,000 − 50,000 = A's 市民税 H30 50,000 + 固定資産税 R1 25,000
        assertThat(all.unpaid()).isEqualTo(75_000);

        Figures resident = r.year(TaxItem.RESIDENT, DISTRICT);
        assertThat(resident.levyCurrent()).isEqualTo(60_000);
        assertThat(resident.levyArrears()).isEqualTo(70_000);
        assertThat(resident.rateCurrent()).isEqualByComparingTo("100.0");
        assertThat(resident.rateArrears()).isEqualByComparingTo("28.6"); // 20,000 / 70,000
        Figures fixed = r.year(TaxItem.FIXED_ASSET, DISTRICT);
        assertThat(fixed.rateCurrent()).isEqualByComparingTo("37.5");
        assertThat(fixed.rateArrears()).isEqualByComparingTo("0.0");
        assertThat(fixed.unpaid()).isEqualTo(25_000);
        assertThat(r.year(TaxItem.LIGHT_VEHICLE, DISTRICT).rateArrears()).isNull(); // no 滞繰 調定
        assertThat(r.year(TaxItem.HEALTH_INSURANCE, DISTRICT)).isEqualTo(Figures.EMPTY);
        // the tax items add up to the district
        long levies = 0;
        for (TaxItem item : TaxItem.values()) {
            levies += r.year(item, DISTRICT).levy();
        }
        assertThat(levies).isEqualTo(all.levy());
    }

    @Test
    void monthsCarryTheirOwnMoneyAndTheRatesFromApril() {
        Report r = statistics.of(FY);
        Figures may = r.figures(YearMonth.of(2019, 5), null, DISTRICT);
        assertThat(may.collectedCurrent()).isEqualTo(10_000);
        assertThat(may.collectedArrears()).isEqualTo(20_000);
        assertThat(may.levy()).isEqualTo(230_000); // the year's 調定 in every month
        assertThat(may.unpaid()).isEqualTo(200_000);
        Figures june = r.figures(YearMonth.of(2019, 6), null, DISTRICT);
        assertThat(june.collected()).isZero();
        assertThat(june.cumulative()).isEqualTo(30_000);
        Figures august = r.figures(YearMonth.of(2019, 8), null, DISTRICT);
        assertThat(august.collectedCurrent()).isEqualTo(75_000);
        assertThat(august.enforcement()).isEqualTo(75_000);
        assertThat(august.rateCurrent()).isEqualByComparingTo("77.3");
        assertThat(august.unpaid()).isEqualTo(125_000);
        Figures february = r.figures(YearMonth.of(2020, 2), null, DISTRICT);
        assertThat(february.amount(Action.WRITE_OFF)).isEqualTo(50_000);
        assertThat(february.unpaid()).isEqualTo(75_000);
        assertThat(r.figures(YearMonth.of(2020, 3), null, DISTRICT).unpaid()).isEqualTo(75_000);
    }

    @Test
    void theYearsCarryForwardIsTheNextYearsArrearsLevy() {
        Figures thisYear = statistics.of(FY).year(null, DISTRICT);
        Figures nextYear = statistics.of(FY + 1).year(null, DISTRICT);
        assertThat(nextYear.levyArrears()).isEqualTo(thisYear.unpaid()).isEqualTo(75_000);
        assertThat(nextYear.cumulativeArrears()).isEqualTo(5_000); // the payment of 2020-04-10
        assertThat(nextYear.levyCurrent()).isZero();
    }

    @Test
    void casesAndDispositionsCountWithWhatTheCaseOwedThatDay() {
        Report r = statistics.of(FY);
        Figures all = r.year(null, DISTRICT);
        // on 7/10, 7/25 and 8/1 the case owed 市民税 50,000 + 60,000 and 固定資産税 40,000
        assertThat(all.of(Action.NEW_CASE)).isEqualTo(new Figures.Count(1, 150_000));
        assertThat(all.of(Action.SEIZURE)).isEqualTo(new Figures.Count(1, 150_000)); // not the proposed one
        assertThat(all.of(Action.DELIVERY_DEMAND)).isEqualTo(new Figures.Count(1, 150_000));
        assertThat(all.of(Action.JOINDER_SEIZURE)).isEqualTo(new Figures.Count(0, 0)); // rejected
        // sold on 10/1, after the 配当 of 8/20: 市民税 50,000 + 固定資産税 25,000
        assertThat(all.of(Action.AUCTION)).isEqualTo(new Figures.Count(1, 75_000));
        // B's case owed only 固定資産税 H29 on 11/5 (H28 written off in March)
        assertThat(all.of(Action.SUSPENSION)).isEqualTo(new Figures.Count(1, 50_000));
        assertThat(all.of(Action.WRITE_OFF)).isEqualTo(new Figures.Count(1, 50_000));

        // per tax item a case with two tax items counts in both; its amount is split
        assertThat(r.year(TaxItem.RESIDENT, DISTRICT).of(Action.SEIZURE)).isEqualTo(new Figures.Count(1, 110_000));
        assertThat(r.year(TaxItem.FIXED_ASSET, DISTRICT).of(Action.SEIZURE)).isEqualTo(new Figures.Count(1, 40_000));
        assertThat(r.year(TaxItem.RESIDENT, DISTRICT).of(Action.SUSPENSION)).isEqualTo(new Figures.Count(0, 0));
        assertThat(r.figures(YearMonth.of(2019, 7), null, DISTRICT).number(Action.SEIZURE)).isEqualTo(1);
        assertThat(r.figures(YearMonth.of(2019, 8), null, DISTRICT).number(Action.SEIZURE)).isZero();
        // all districts include this one
        assertThat(r.year(null, null).number(Action.SEIZURE)).isGreaterThanOrEqualTo(1);
        assertThat(r.districts()).contains(DISTRICT);
    }

    @Test
    void theBillsPaidAndThePaymentsAppliedAgree() {
        assertThat(after.billsPaid() - before.billsPaid()).isEqualTo(140_000);
        assertThat(after.paymentsApplied() - before.paymentsApplied()).isEqualTo(140_000);
    }

    @Test
    void managersAndAuditorsSeeThePageOthersAreRefused() throws Exception {
        String page = mvc().perform(get("/statistics").param("fiscalYear", "2019").param("district", DISTRICT)
                .with(member("sato", "managers"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("統計 <b>" + FY_LABEL + "</b>", "全税目・S7", "77.3%", "16.7%", "45.7%", "75,000", "<svg",
                "<rect class=\"current\"", "差押", "参加差押", "交付要求", "公売", "執行停止", "不納欠損")
                .doesNotContain("CSV で出力");
        // the check over the whole database (other tests' fixtures write bills directly): the page says what it finds
        assertThat(page).contains(repository.reconciliation().matches() ? "一致しています" : "一致しません");
        mvc().perform(get("/statistics").with(member("kobayashi", "auditors"))).andExpect(status().isOk());
        mvc().perform(get("/statistics").with(member("tanaka", "collectors"))).andExpect(status().isForbidden());
        mvc().perform(get("/statistics").with(member("kimura", "exporters"))).andExpect(status().isForbidden());
        mvc().perform(get("/statistics").param("taxItem", "99").with(member("sato", "managers")))
                .andExpect(status().isBadRequest());
        mvc().perform(get("/statistics").param("fiscalYear", "R8").with(member("sato", "managers")))
                .andExpect(status().isBadRequest());
        String filtered = mvc().perform(get("/statistics").param("fiscalYear", "2019").param("district", DISTRICT)
                .param("taxItem", "02").with(member("admin", "admins"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(filtered).contains("固定資産税・都市計画税・S7", "37.5%", "CSV で出力");
    }

    @Test
    void exportersGetEveryCellAsCsv() throws Exception {
        byte[] body = mvc().perform(get("/api/statistics.csv").param("fiscalYear", "2019")
                .with(member("kimura", "exporters"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF\"年度\",\"月\",\"税目コード\",\"税目\",\"地区コード\",\"地区\",\"現年 調定額\"")
                .contains("\"差押 件数\",\"差押 金額\"");
        assertThat(lines).contains("\"" + FY_LABEL + "\",\"年度計\",\"\",\"全税目\",\"S7\",\"S7\",\"110000\",\"85000\",\"85000\","
                + "\"77.3\",\"120000\",\"20000\",\"20000\",\"16.7\",\"230000\",\"105000\",\"105000\",\"45.7\",\"75000\","
                + "\"75000\",\"1\",\"150000\",\"1\",\"150000\",\"0\",\"0\",\"1\",\"150000\",\"1\",\"75000\",\"1\",\"50000\","
                + "\"1\",\"50000\"");
        assertThat(lines).anyMatch(l -> l.startsWith("\"" + FY_LABEL + "\",\"2019-05\",\"01\",\"市民税・県民税(普通徴収)\",\"S7\""));
        mvc().perform(get("/api/statistics.csv").with(member("sato", "managers"))).andExpect(status().isForbidden());
        mvc().perform(get("/api/statistics.csv").param("fiscalYear", "1900").with(member("kimura", "exporters")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFiscalYearRunsFromAprilToMarch() {
        assertThat(CollectionStatistics.fiscalYearOf(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(CollectionStatistics.fiscalYearOf(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
        assertThat(CollectionStatistics.monthsOf(2026)).first().isEqualTo(YearMonth.of(2026, 4));
        assertThat(CollectionStatistics.monthsOf(2026)).last().isEqualTo(YearMonth.of(2027, 3));
        assertThat(Figures.rate(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(BarChart.niceCeiling(1_234_567)).isEqualTo(2_000_000);
        assertThat(BarChart.niceCeiling(0)).isEqualTo(1_000);
    }

    private String taxpayer() {
        String no = "7" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
        taxpayers.insert(new Taxpayer(no, null, "統計 太郎", "トウケイ タロウ", LocalDate.of(1970, 1, 1), "1", null,
                "埼玉県熊谷市宮町一丁目1番地", null, null, null, null, null, null, DISTRICT, null, "B", false, false),
                null, "test");
        return no;
    }

    private String newCase(String addresseeNo, LocalDate openedOn) {
        String id = "ST" + String.format("%08d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000);
        jdbc.sql("INSERT INTO delinquency_case (case_id, addressee_no, status, opened_on) VALUES (?, ?, 'OPEN', ?)")
                .params(id, addresseeNo, openedOn).update();
        return id;
    }

    private long bill(String addresseeNo, TaxItem item, int levyYear, long principal, LocalDate due, String caseId) {
        long id = bills.insert(new TaxBill(0, addresseeNo, levyYear, levyYear, item, "S" + SEQ.incrementAndGet(), 1,
                principal, 0, 0, 0, 0, 0, due, due, null, null, "OPEN", null), "test");
        jdbc.sql("UPDATE tax_bill SET case_id = ? WHERE id = ?").params(caseId, id).update();
        return id;
    }

    private void pay(String addresseeNo, long billId, long principal, LocalDate on, String channel) {
        String record = "ST-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO payment (bank_record_id, record_id, addressee_no, bill_id, paid_on, amount, channel,
                  allocated_principal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(record + "-" + billId, record, addresseeNo, billId, on, principal, channel, principal)
                .update();
        jdbc.sql("UPDATE tax_bill SET principal_paid = principal_paid + ? WHERE id = ?").params(principal, billId)
                .update();
    }

    private void writeOff(String caseId, long billId, long principal, LocalDate on) {
        jdbc.sql("""
                INSERT INTO write_off (case_id, bill_id, written_off_on, reason_code, principal, late_charge, fee,
                  approved_by) VALUES (?, ?, ?, 'LIMITATION', ?, 0, 0, 'test')
                """).params(caseId, billId, on, principal).update();
        jdbc.sql("UPDATE tax_bill SET status = 'WRITTEN_OFF' WHERE id = ?").param(billId).update();
    }

    private long disposition(String caseId, String kind, String status, LocalDate executedOn) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO disposition (case_id, kind, asset_kind, asset_description, estimated_value, status,
                  proposed_by, proposed_on, executed_on) VALUES (?, ?, 'DEPOSIT', '預貯金', 100000, ?, 'test', ?, ?)
                """).params(caseId, kind, status, LocalDate.of(2019, 7, 1), executedOn).update(keys, "id");
        return keys.getKey().longValue();
    }
}
