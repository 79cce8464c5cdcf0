package jp.lg.collection.certificate;

import static jp.lg.collection.TestUsers.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.documents.DocumentKind;
import jp.lg.collection.documents.DocumentRepository;
import jp.lg.collection.documents.PdfText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 納税証明書: the payment certificate of a year, and the certificate of no delinquency issued or refused. */
class CertificateTest extends ProcessTestSupport {

    @Autowired
    DocumentRepository documents;

    @Test
    void aPaidYearIsCertifiedPerTaxItemAndSoIsNoDelinquency() throws Exception {
        String addressee = newTaxpayer("tanaka");
        long first = newBill(addressee, 30_000, LocalDate.of(2026, 6, 30));
        long second = newBill(addressee, 29_500, LocalDate.of(2026, 8, 31));
        today(LocalDate.of(2026, 7, 10));
        bills.applyPayment(first, 0, 30_000, 0, 0, LocalDate.of(2026, 6, 25), "test");

        byte[] pdf = mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("fiscalYear", "2026")
                        .param("kind", "PAYMENT").param("purpose", "融資申込").with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%E7%B4%8D%E7%A8%8E%E8%A8%BC%E6%98%8E%E6%9B%B8")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = PdfText.of(pdf);
        assertThat(text).contains("納　税　証　明　書").contains("(令和8年度)").contains("試験 太郎")
                .contains("市民税・県民税(普通徴収)").contains("59,500").contains("30,000").contains("29,500")
                .contains("令和8年7月10日").contains("融資申込").contains("熊谷市長");

        // the second installment is not yet due: nothing is delinquent
        byte[] none = mvc().perform(get("/api/certificates").param("addresseeNo", addressee)
                        .param("kind", "NO_DELINQUENCY").with(member("sato", "managers")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.joined(none)).contains("滞納がないことの証明")
                .contains("令和8年7月10日現在、納期限の到来した市税に滞納がないことを証明します");
        assertThat(documents.ofAddressee(addressee)).extracting(d -> d.kind()).containsOnly(DocumentKind.TAX_CERTIFICATE)
                .hasSize(2);
        assertThat(second).isPositive();
    }

    @Test
    void noDelinquencyIsRefusedNamingTheUnpaidInstallments() throws Exception {
        String addressee = newTaxpayer("tanaka");
        newBill(addressee, 58_000, LocalDate.of(2026, 5, 31));
        today(LocalDate.of(2026, 7, 10));
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("kind", "NO_DELINQUENCY")
                        .with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("滞納がないことの証明は発行できません"),
                        org.hamcrest.Matchers.containsString("令和8年度 市民税・県民税(普通徴収)"),
                        org.hamcrest.Matchers.containsString("納期限 令和8年5月31日、未納額 58,000円"))));
        assertThat(documents.ofAddressee(addressee)).isEmpty();

        // the payment certificate of that year still states the unpaid amount
        byte[] pdf = mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("fiscalYear", "2026")
                        .with(member("tanaka", "collectors")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("58,000");
    }

    @Test
    void badRequestsAndRolesAreRefused() throws Exception {
        String addressee = newTaxpayer("tanaka");
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("fiscalYear", "2019")
                        .with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("fiscalYear"));
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("fiscalYear"));
        mvc().perform(get("/api/certificates").param("addresseeNo", "nobody").param("fiscalYear", "2026")
                        .with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("addresseeNo"));
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("kind", "GOLD")
                        .with(member("tanaka", "collectors")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("fiscalYear", "2026"))
                .andExpect(status().isUnauthorized());
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("fiscalYear", "2026")
                .with(member("yamada", "designers"))).andExpect(status().isForbidden());
        mvc().perform(get("/api/certificates").param("addresseeNo", addressee).param("fiscalYear", "2026")
                .with(member("kobayashi", "auditors"))).andExpect(status().isForbidden());
    }
}
