package jp.lg.collection.caseview;

import static jp.lg.collection.TestUsers.member;
import static jp.lg.collection.TestUsers.withCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.delinquency.DelinquencyCaseRepository;
import jp.lg.collection.delinquency.NegotiationAction;
import jp.lg.collection.delinquency.NegotiationLog;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.PdfNotices;
import jp.lg.collection.documents.PdfText;
import jp.lg.collection.documents.StoredDocument;
import jp.lg.collection.security.CamundaWebappSessionFilter;
import jp.lg.collection.taxpayer.MyNumberCipher;
import jp.lg.collection.taxpayer.Taxpayer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The flow of DunningAndRemindersTest with the papers it now produces (a 督促状 and a 催告書 stored with the
 * case, their ids in the log), and the case view and downloads over the real security chain.
 */
class CaseViewTest extends ProcessTestSupport {

    static final LocalDate DUE = LocalDate.of(2026, 5, 31);

    @Autowired
    WebApplicationContext context;
    @Autowired
    DelinquencyCaseRepository cases;
    @Autowired
    NegotiationLog log;
    @Autowired
    DocumentRepository documents;

    MockMvc mvc;
    /** 12 digits with a valid check digit (番号法施行令8条), one per taxpayer; only ever stored encrypted. */
    String myNumber;
    String addresseeNo;
    String caseId;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }



    /** A taxpayer with a registered My Number and one bill due 5/31; swept and dunned on 6/10, reminded 6/20. */
    void dunAndRemind() {
        addresseeNo = "8" + String.format("%08d", System.nanoTime() % 100_000_000);
        myNumber = withCheckDigit("3" + String.format("%010d", System.nanoTime() % 10_000_000_000L));
        taxpayers.insert(new Taxpayer(addresseeNo, null, "熊谷 花子", "クマガヤ ハナコ", LocalDate.of(1975, 4, 1), "2",
                "3600041", "埼玉県熊谷市宮町一丁目1番地", "熊谷ハイツ101", null, null, "048-500-0001", "090-0000-0001",
                null, "01", "tanaka", "A", false, false), myNumber, "test");
        newBill(addresseeNo, 58_000, DUE);
        today(LocalDate.of(2026, 6, 10));
        sweep(LocalDate.of(2026, 6, 10));
        caseId = cases.findOpenCaseOf(addresseeNo).orElseThrow();
        ProcessInstance caseProcess = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).processDefinitionKey("DelinquencyCase").singleResult();
        ProcessInstance dunning = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caseProcess.getId()).singleResult();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(dunning)
                .hasPassed("Task_IssueDunningNotice"); // 督促状 issued by the sweep
        today(LocalDate.of(2026, 6, 20));
        execute(job(dunning)); // seizure lawful: on to reminders
        ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caseProcess.getId()).processDefinitionKey("Reminders").singleResult();
        execute(job(reminders)); // 催告書, then the phone reminder task waits
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
        assertThat(PdfText.joined(pdf)).contains(PdfNotices.DUNNING_WARNING);

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
        var response = mvc.perform(get("/api/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"_" + caseId
                        + "_20260610.pdf\"; filename*=UTF-8''%E7%9D%A3%E4%BF%83%E7%8A%B6_" + caseId + "_20260610.pdf"))
                .andReturn().getResponse();
        assertThat(PdfText.of(response.getContentAsByteArray())).contains("督　促　状");

        String list = mvc.perform(get("/api/cases/" + caseId + "/documents").with(member("sato", "managers")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"kind\":\"DUNNING_NOTICE\"").contains("\"kind\":\"REMINDER_LETTER\"")
                .doesNotContain("content\"");

        mvc.perform(get("/cases/" + caseId + "/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/cases/OTHER/documents/" + notice.id()).with(member("tanaka", "collectors")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/" + notice.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/documents/" + notice.id()).with(member("yamada", "designers")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCaseViewShowsTheCaseWithTheMyNumberMasked() throws Exception {
        dunAndRemind();
        String html = mvc.perform(get("/cases/" + caseId).with(member("tanaka", "collectors")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "caseview"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "caseview", "case.html"), html); // for a look
        assertThat(html).contains("熊谷 花子").contains("クマガヤ ハナコ").contains(addresseeNo).contains("〒360-0041")
                .contains("************").doesNotContain(myNumber).doesNotContain(myNumber.substring(0, 8))
                .contains("048-500-0001").contains("tanaka");
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
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
    }

    @Test
    void withoutALoginTheCaseViewRedirectsToTheLoginPage() throws Exception {
        mvc.perform(get("/cases/D2026-000001")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/cases/D2026-000001").with(member("yamada", "designers")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/D1999-999999").with(member("tanaka", "collectors")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAddresseeNumberLeadsToItsCase() throws Exception {
        dunAndRemind();
        mvc.perform(get("/cases").param("addresseeNo", addresseeNo).with(member("tanaka", "collectors")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + caseId));
        mvc.perform(get("/cases").param("addresseeNo", "000").with(member("tanaka", "collectors")))
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

            String html = mvc.perform(get("/cases/" + caseId).session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("閲覧者 bridgeuser").contains("熊谷 花子");

            // logging out of Tasklist removes the entry: the next request is anonymous again
            camunda.removeByEngineName(engine.getName());
            mvc.perform(get("/cases/" + caseId).session(session)).andExpect(status().isFound());
        } finally {
            jdbc.sql("DELETE FROM collector_district WHERE user_id = 'bridgeuser'").update();
            engine.getIdentityService().deleteUser("bridgeuser");
        }
    }

    private org.camunda.bpm.engine.identity.User newUser(String id) {
        var u = engine.getIdentityService().newUser(id);
        u.setFirstName("橋渡");
        u.setLastName("試験");
        u.setPassword("Bridge-2026-x");
        return u;
    }
}
