package jp.lg.collection.caseview;

import static jp.lg.collection.TestUsers.member;
import static jp.lg.collection.TestUsers.withCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.TestUsers;
import jp.lg.collection.delinquency.AssetKind;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.delinquency.dunning.DunningNotice;
import jp.lg.collection.delinquency.payment.CaseAllocation;
import jp.lg.collection.delinquency.seizure.DispositionKind;
import jp.lg.collection.delinquency.seizure.DispositionRepository;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.security.CamundaWebappSessionFilter;
import jp.lg.collection.security.DistrictAccess;
import jp.lg.collection.system.ErrorPages;
import jp.lg.collection.taxpayer.MyNumberCipher;
import jp.lg.collection.taxpayer.Taxpayer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * The flow of DunningAndRemindersTest with the papers it now produces (a 督促状 and a 催告書 stored with the
 * case, their ids in the log), and the case view and downloads over the real security chain.
 */
class CaseViewTest extends ProcessTestSupport {

    static final LocalDate DUE = LocalDate.of(2026, 5, 31);

    @Autowired
    NegotiationLog log;
    @Autowired
    DocumentRepository documents;
    @Autowired
    CaseAllocation allocation;
    @Autowired
    DispositionRepository dispositions;

    /** 12 digits with a valid check digit (番号法施行令8条), one per taxpayer; only ever stored encrypted. */
    String myNumber;
    String addresseeNo;
    String caseId;

    /** A taxpayer with a registered My Number and one bill due 5/31; swept and dunned on 6/10, reminded 6/20. */
    void dunAndRemind() {
        ProcessInstance dunning = dun();
        today(LocalDate.of(2026, 6, 20));
        execute(job(dunning)); // seizure lawful: on to reminders
        ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).processDefinitionKey("Reminders").singleResult();
        execute(job(reminders)); // 催告書, then the phone reminder task waits
    }

    /** The taxpayer of {@link #dunAndRemind}, swept and dunned on 6/10: the Dunning phase waits for its timer. */
    ProcessInstance dun() {
        addresseeNo = "8" + String.format("%08d", System.nanoTime() % 100_000_000);
        myNumber = withCheckDigit("3" + String.format("%010d", System.nanoTime() % 10_000_000_000L));
        taxpayers.insert(new Taxpayer(addresseeNo, null, "熊谷 花子", "クマガヤ ハナコ", LocalDate.of(1975, 4, 1), "2",
                "3600041", "埼玉県熊谷市宮町一丁目1番地", "熊谷ハイツ101", null, null, "048-500-0001", "090-0000-0001",
                null, "01", "tanaka", "A", false, false), myNumber, "test");
        newBill(addresseeNo, 58_000, DUE);
        DunnedCase dunned = openDunnedCase(addresseeNo, LocalDate.of(2026, 6, 10)); // 督促状 issued by the sweep
        caseId = dunned.caseId();
        return dunned.dunning();
    }

    @Test
    void theDunningRunStoresA督促状AndTheReminderA催告書() {
        dunAndRemind();
        List<StoredDocument> issued = documents.ofCase(caseId);
        assertThat(issued).extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.DUNNING_NOTICE, DocumentKind.REMINDER_LETTER);
        StoredDocument notice = issued.get(0);
        assertThat(notice.createdOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(notice.addresseeNo()).isEqualTo(addresseeNo);

        byte[] pdf = documents.content(notice.id()).orElseThrow();
        String text = PdfText.of(pdf);
        assertThat(text).contains("督　促　状").contains("令和8年6月10日").contains("熊谷 花子　様")
                .contains("〒360-0041").contains("埼玉県熊谷市宮町一丁目1番地 熊谷ハイツ101").contains("熊谷市長")
                .contains("令和8年5月31日").contains("58,000").contains("58,100円").doesNotContain(myNumber);
        assertThat(PdfText.joined(pdf)).contains(DunningNotice.WARNING);

        String reminder = PdfText.of(documents.content(issued.get(1).id()).orElseThrow());
        assertThat(reminder).contains("催　告　書").contains("(第1回)").contains("令和8年6月20日")
                .contains("指定納付期限　令和8年6月30日").contains("58,100円");

        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.DUNNING_NOTICE).singleElement()
                .satisfies(e -> assertThat(e.note()).endsWith("督促状 文書ID " + notice.id()));
        assertThat(log.of(caseId)).filteredOn(e -> e.action() == NegotiationAction.REMINDER_LETTER).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("催告書 文書ID " + issued.get(1).id())
                        .contains("令和8年6月30日"));
    }

    @Test
    void documentsDownloadAsInlinePdfWithTheirJapaneseName() throws Exception {
        dunAndRemind();
        StoredDocument notice = documents.ofCase(caseId).get(0);
        var response = mvc().perform(get("/api/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"_" + caseId
                        + "_20260610.pdf\"; filename*=UTF-8''%E7%9D%A3%E4%BF%83%E7%8A%B6_" + caseId + "_20260610.pdf"))
                .andReturn().getResponse();
        assertThat(PdfText.of(response.getContentAsByteArray())).contains("督　促　状");

        String list = mvc().perform(get("/api/cases/" + caseId + "/documents").with(member("sato", "managers")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"kind\":\"DUNNING_NOTICE\"").contains("\"kind\":\"REMINDER_LETTER\"")
                .doesNotContain("content\"");

        mvc().perform(get("/cases/" + caseId + "/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc().perform(get("/cases/OTHER/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isNotFound());
        mvc().perform(get("/api/documents/" + notice.id())).andExpect(status().isUnauthorized());
        mvc().perform(get("/api/documents/" + notice.id()).with(member("yamada", "designers")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCaseViewShowsTheCaseWithTheMyNumberMasked() throws Exception {
        TestUsers.staff(engine.getIdentityService());
        dunAndRemind();
        String html = mvc().perform(get("/cases/" + caseId).with(member("tanaka", "collectors")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        keep("case.html", html);
        assertThat(html).contains("熊谷 花子").contains("クマガヤ ハナコ").contains(addresseeNo).contains("〒360-0041")
                .contains("************").doesNotContain(myNumber).doesNotContain(myNumber.substring(0, 8))
                .contains("048-500-0001");
        // people by name, groups and districts by their Japanese names, not by ids and codes
        assertThat(html).contains("<dt>担当者</dt><dd>田中 一郎</dd>").contains("<dt>地区</dt><dd>中央地区 (01)</dd>")
                .contains("閲覧者 田中 一郎").contains("<td>システム</td>").contains("<td>徴収担当</td>")
                .doesNotContain(">tanaka<").doesNotContain("collectors").doesNotContain(">system<");
        // bills with balance and the late charge to today (6/20: under 1,000 yen, so 0)
        assertThat(html).contains("期別明細と残高").contains("58,000").contains("58,100").contains("未納");
        // the negotiation log, newest first, with the document ids
        assertThat(html).contains("交渉経過").contains("滞納案件登録").contains("督促状発送").contains("催告書発送")
                .contains("督促状 文書ID");
        assertThat(html.indexOf("催告書発送")).isLessThan(html.indexOf("督促状発送"));
        // the open task of the called Reminders process, found by the case's business key
        assertThat(html).contains("電話催告・納付交渉").contains("/camunda/app/tasklist/default/#/?task=");
        // documents with links under /cases
        assertThat(html).contains("/cases/" + caseId + "/documents/").contains("督促状 (PDF)")
                .contains("催告書(第1回) (PDF)");
        // amounts with separators, also those the log wrote without them (催告書: 「未納額 58100円」)
        assertThat(html).contains("未納額 58,100円").containsPattern("本日完納の場合の納付額 <b>58,100円</b>")
                .doesNotContainPattern("[0-9]{4}円");
        // one stylesheet of our own, no CSS or script in the page
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/tainou.css\">").doesNotContain("<style")
                .doesNotContain("style=");
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
        assertThat(html).as("a task is open: the tasks say what is next").doesNotContain("id=\"waiting\"");
        mvc().perform(get("/css/tainou.css")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/css")));
    }

    /** No one has a task: the page says what the case waits for, from the engine's timer, in 和暦. */
    @Test
    void withoutAnOpenTaskThePageSaysWhatTheCaseIsWaitingFor() throws Exception {
        dun();
        String html = keep("waiting.html", page(caseId));
        assertThat(html).contains("未完了のタスクはありません").contains("<h2>案件の状況</h2>")
                .contains("差押可能日 (発付から10日経過の翌日) 令和8年6月21日を待っています").contains("(督促)");
    }

    /** Payment channels, dispositions and their states in the enums' Japanese, people by name. */
    @Test
    void paymentsAndDispositionsReadInJapaneseWithNames() throws Exception {
        TestUsers.staff(engine.getIdentityService());
        dunAndRemind();
        String record = "DIST-" + System.nanoTime() % 1_000_000;
        allocation.allocate(caseId, 12_000, LocalDate.of(2026, 6, 20), CaseAllocation.DISTRIBUTION, record,
                NegotiationLog.SYSTEM);
        long seized = dispositions.propose(new DispositionRepository.Proposal(caseId, DispositionKind.SEIZURE,
                AssetKind.DEPOSIT, "熊谷銀行 本店 普通 1234567", "株式会社熊谷銀行", null, 80_000, null, "tanaka",
                LocalDate.of(2026, 6, 20)));
        dispositions.decide(seized, true, "sato", LocalDate.of(2026, 6, 21), null);
        dispositions.execute(seized, LocalDate.of(2026, 6, 22));

        String html = page(caseId);
        assertThat(html).contains("<td>配当</td>").contains("12,000").contains("<td>システム</td>")
                .contains("12,000円を充当 (配当 配当番号 " + record.substring(5) + ")")
                .doesNotContain("DISTRIBUTION").doesNotContain(record);
        assertThat(html).contains("<td>差押</td>").contains("<td>預貯金</td>").contains("<td>執行済</td>")
                .contains("80,000").contains("R8.6.20 (2026-06-20) 田中 一郎").contains("R8.6.21 (2026-06-21) 佐藤 次郎")
                .doesNotContain("SEIZURE").doesNotContain("DEPOSIT").doesNotContain("EXECUTED");
    }

    /** A case that is not there: the Japanese page with the reason and a way back, not Spring's Whitelabel. */
    @Test
    void aMissingCaseIsAJapanesePageWithAWayBack() throws Exception {
        String html = mvc().perform(get("/cases/D1999-999999").with(member("tanaka", "collectors"))
                        .accept(MediaType.TEXT_HTML).header("Referer", "http://localhost/cases/D2026-000001?x=1"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        keep("not-found.html", html);
        assertThat(html).contains("<html lang=\"ja\"").contains("お探しのページは見つかりません")
                .contains("案件 D1999-999999 はありません").contains("href=\"/camunda/app/tasklist/\"")
                .contains("href=\"/cases/D2026-000001?x=1\">前のページへ戻る").doesNotContain("Whitelabel");
        String elsewhere = mvc().perform(get("/cases/D1999-999999").with(member("tanaka", "collectors"))
                        .accept(MediaType.TEXT_HTML).header("Referer", "https://example.com/cases/x"))
                .andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).as("never a link to another site").doesNotContain("前のページへ戻る")
                .doesNotContain("example.com");
    }

    /**
     * The error dispatch of a refusal (what the servlet container does after Spring Security's or DistrictAccess's
     * sendError(403)): a browser gets the Japanese page with the reason, an API client problem details in JSON.
     */
    @Test
    void aRefusalIsAJapanesePageForABrowserAndProblemDetailsForAnApiClient() throws Exception {
        String html = mvc().perform(refusal("/cases/D2026-000001").accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("この画面を表示する権限がありません").contains("担当外の地区（02）の納税義務者の情報は取得できません")
                .contains("href=\"/camunda/app/tasklist/\"").contains("/css/tainou.css");

        for (var api : List.of(refusal("/api/cases/D2026-000001/documents").accept(MediaType.TEXT_HTML),
                refusal("/cases/D2026-000001").accept(MediaType.APPLICATION_JSON),
                refusal("/engine-rest/task"))) {
            mvc().perform(api).andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.title").value("この画面を表示する権限がありません"))
                    .andExpect(jsonPath("$.detail").value("担当外の地区（02）の納税義務者の情報は取得できません"));
        }
        // Spring Security's own refusal has no reason of ours: the general sentence
        String general = mvc().perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases/D2026-000001")
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "Access Denied")
                        .with(member("yamada", "designers")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(general).contains("あなたの担当や権限では開けない画面です").doesNotContain("Access Denied");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder refusal(String path) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                .requestAttr(ErrorPages.REASON, DistrictAccess.reason("02")).with(member("tanaka", "collectors"));
    }

    /** Keeps a rendered page under target/caseview for a look (styled by src/main/resources/static/css). */
    private static String keep(String name, String html) throws java.io.IOException {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "caseview"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "caseview", name), html);
        return html;
    }

    private String page(String id) throws Exception {
        return mvc().perform(get("/cases/" + id).with(member("tanaka", "collectors"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void afterAPartialDistributionTheBalanceCountsTheLateChargeOnce() throws Exception {
        // 124,300 due 2026-04-30, dunned 6/10 (fee 100); 120,000 distributed on 6/25: fee 100, principal 119,900.
        // The one late charge of the installment to 7/31 (declining balance, rounded once):
        // 5/1–5/31 124,000×2.8%×31/365 = 294; 6/1–6/25 124,000×9.1%×25/365 = 772; 6/26–7/31 4,000×9.1%×36/365 = 35;
        // 1,101 → 1,100. To pay in full on 7/31: 4,400 + 1,100 = 5,500 (not 6,600: the charge counted twice)
        String addressee = newTaxpayer("tanaka");
        long bill = newBill(addressee, 124_300, LocalDate.of(2026, 4, 30));
        today(LocalDate.of(2026, 6, 10));
        sweep(LocalDate.of(2026, 6, 10));
        String distributed = cases.findOpenCaseOf(addressee).orElseThrow();
        allocation.allocate(distributed, 120_000, LocalDate.of(2026, 6, 25), CaseAllocation.DISTRIBUTION,
                "DIST-CV-" + bill, "test");
        today(LocalDate.of(2026, 7, 31));
        String html = mvc().perform(get("/cases/" + distributed).with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("本日完納の場合の納付額").contains("5,500円").doesNotContain("6,600円");
        // the counter's quote for the case: the same figures
        mvc().perform(get("/api/cases/" + distributed + "/late-charges").with(member("tanaka", "collectors")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].principalDue").value(4_400))
                .andExpect(jsonPath("$[0].dunningFeeDue").value(0))
                .andExpect(jsonPath("$[0].lateCharge").value(1_100))
                .andExpect(jsonPath("$[0].running.segments.length()").value(3));
    }

    @Test
    void withoutALoginTheCaseViewRedirectsToTheLoginPage() throws Exception {
        mvc().perform(get("/cases/D2026-000001")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc().perform(get("/cases/D2026-000001").with(member("yamada", "designers")))
                .andExpect(status().isForbidden());
        mvc().perform(get("/cases/D1999-999999").with(member("tanaka", "collectors")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAddresseeNumberLeadsToItsCase() throws Exception {
        dunAndRemind();
        mvc().perform(get("/cases").param("addresseeNo", addresseeNo).with(member("tanaka", "collectors")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + caseId));
        mvc().perform(get("/cases").param("addresseeNo", "000").with(member("tanaka", "collectors")))
                .andExpect(status().isNotFound());
    }

    /** A Tasklist login in the same session is enough: no second login for the case view. */
    @Test
    void theTasklistLoginOfTheSessionOpensTheCaseView() throws Exception {
        dunAndRemind();
        engine.getIdentityService().saveUser(newUser("bridgeuser"));
        engine.getIdentityService().createMembership("bridgeuser", "collectors");
        // a collector sees the districts assigned to him (担当地区, security.DistrictAccess)
        jdbc.sql("INSERT INTO collector_district (user_id, district_code) VALUES ('bridgeuser', '01')").update();
        try {
            Authentications camunda = new Authentications();
            UserAuthentication tasklist = new UserAuthentication("bridgeuser", engine.getName());
            camunda.addOrReplace(tasklist);
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(CamundaWebappSessionFilter.SESSION_ATTRIBUTE, camunda);

            String html = mvc().perform(get("/cases/" + caseId).session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("閲覧者 試験 橋渡").contains("熊谷 花子");

            // logging out of Tasklist removes the entry: the next request is anonymous again
            camunda.removeByEngineName(engine.getName());
            mvc().perform(get("/cases/" + caseId).session(session)).andExpect(status().isFound());
        } finally {
            jdbc.sql("DELETE FROM collector_district WHERE user_id = 'bridgeuser'").update();
            engine.getIdentityService().deleteUser("bridgeuser");
        }
    }

    private org.camunda.bpm.engine.identity.User newUser(String id) {
        var u = engine.getIdentityService().newUser(id);
        u.setFirstName("試験"); // 姓, the field Camunda prints first
        u.setLastName("橋渡");
        u.setPassword("Bridge-2026-x");
        return u;
    }
}
