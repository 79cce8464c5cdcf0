package jp.lg.collection.security;

import static jp.lg.collection.TestUsers.member;
import static jp.lg.collection.TestUsers.withCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.lg.collection.ProcessTestSupport;
import jp.lg.collection.taxpayer.MyNumberCipher;
import jp.lg.collection.taxpayer.Taxpayer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * 消去の必要性があれば、業務責任者の承認を得た上で実施する (熊谷市 評価書 Ⅲ-7); the My Number key rotation; the production
 * profile's refusal of the demo's secrets.
 */
class RetentionAndKeysTest extends ProcessTestSupport {

    @Autowired
    MyNumberKeyRotation rotation;
    @Autowired
    MyNumberCipher cipher;
    @Value("${collection.my-number.key}")
    String key;

    private String taxpayerWithNumber(String myNumber, String caseStatus, LocalDate closedOn) {
        String no = "8" + String.format("%08d", System.nanoTime() % 100_000_000);
        taxpayers.insert(new Taxpayer(no, null, "保存 太郎", "ホゾン タロウ", LocalDate.of(1970, 1, 1), "1", null,
                "埼玉県熊谷市宮町二丁目47番地1", null, null, null, "090-0000-0000", null, "熊谷商店", "01", "tanaka", "B",
                false, false), myNumber, "test");
        String caseId = "R" + no;
        jdbc.sql("""
                INSERT INTO delinquency_case (case_id, addressee_no, open_addressee_no, status, opened_on, closed_on)
                VALUES (?,?,?,?,?,?)""").params(caseId, no, "OPEN".equals(caseStatus) ? no : null, caseStatus,
                LocalDate.of(2015, 4, 1), closedOn).update();
        jdbc.sql("""
                INSERT INTO document (case_id, addressee_no, kind, title, created_on, created_at, created_by, content)
                VALUES (?,?,?,?,?,CURRENT_TIMESTAMP,'test',?)""").params(caseId, no, "DUNNING_NOTICE", "督促状",
                LocalDate.of(2015, 5, 1), new byte[] {'%', 'P', 'D', 'F'}).update();
        return no;
    }

    @Test
    void dataPastRetentionIsErasedOnlyAfterAnotherManagerApproves() throws Exception {
        today(LocalDate.of(2026, 6, 1));
        String number = withCheckDigit("55566677788");
        String old = taxpayerWithNumber(number, "CLOSED", LocalDate.of(2020, 3, 31));
        String recent = taxpayerWithNumber(withCheckDigit("55566677799"), "CLOSED", LocalDate.of(2022, 3, 31));

        mvc().perform(post("/api/retention/deletion-requests").param("addresseeNo", recent).param("reason", "保存期間経過")
                .with(member("sato", "managers"))).andExpect(status().isBadRequest());
        mvc().perform(post("/api/retention/deletion-requests").param("addresseeNo", old).param("reason", "保存期間経過")
                .with(member("tanaka", "collectors"))).andExpect(status().isForbidden());
        String created = mvc().perform(post("/api/retention/deletion-requests").param("addresseeNo", old)
                .param("reason", "保存期間経過").with(member("sato", "managers"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REQUESTED")).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        // nothing is erased by the request itself
        assertThat(taxpayers.findByMyNumber(number)).isPresent();
        mvc().perform(post("/api/retention/deletion-requests/{id}/approve", id).with(member("sato", "managers")))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/retention/deletion-requests/{id}/approve", id).with(member("admin", "admins")))
                .andExpect(status().isForbidden());
        mvc().perform(post("/api/retention/deletion-requests/{id}/approve", id).with(member("tanaka", "collectors")))
                .andExpect(status().isForbidden());
        assertThat(taxpayers.findByMyNumber(number)).isPresent();

        mvc().perform(post("/api/retention/deletion-requests/{id}/approve", id).with(member("kacho", "managers")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXECUTED"))
                .andExpect(jsonPath("$.decidedBy").value("kacho")).andExpect(jsonPath("$.deletedDocuments").value(1));
        assertThat(taxpayers.findByMyNumber(number)).isEmpty();
        assertThat(taxpayers.require(old).myNumberRegistered()).isFalse();
        assertThat(taxpayers.require(old).phone1()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE addressee_no = ?").param(old).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT action FROM operation_log WHERE target LIKE ? ORDER BY id").param("%消去申請 " + id + "%")
                .query(String.class).list()).containsExactly("DELETION_REQUEST", "DELETION_EXECUTED");
        mvc().perform(post("/api/retention/deletion-requests/{id}/approve", id).with(member("kacho", "managers")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theMyNumberKeyCanBeRotated() {
        String number = withCheckDigit("44433322211");
        String no = taxpayerWithNumber(number, "OPEN", null);
        MyNumberCipher newKey = new MyNumberCipher(java.util.Base64.getEncoder()
                .encodeToString("another-32-byte-key-for-rotation".getBytes()));
        try {
            assertThat(rotation.rotate(cipher, newKey)).isGreaterThanOrEqualTo(1);
            String stored = jdbc.sql("SELECT my_number_cipher FROM taxpayer WHERE addressee_no = ?").param(no)
                    .query(String.class).single();
            assertThat(newKey.decrypt(stored)).isEqualTo(number);
            assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalStateException.class);
            assertThat(jdbc.sql("SELECT my_number_digest FROM taxpayer WHERE addressee_no = ?").param(no)
                    .query(String.class).single()).isEqualTo(newKey.digest(number));
            assertThat(rotation.rotate(cipher, newKey)).as("a second run changes nothing").isZero();
        } finally {
            rotation.rotate(newKey, cipher);
        }
        assertThat(taxpayers.findByMyNumber(number)).map(Taxpayer::addresseeNo).hasValue(no);
    }

    @Test
    void productionRefusesTheDemoSecrets() {
        assertThatThrownBy(() -> prod(Map.of("ADMIN_PASSWORD", "Tainou-Seiri-2026", "COLLECTION_MY_NUMBER_KEY",
                java.util.Base64.getEncoder().encodeToString(new byte[32]))))
                .hasMessageContaining("ADMIN_PASSWORD must not be the demo password");
        assertThatThrownBy(() -> prod(Map.of("ADMIN_PASSWORD", "Kanri-Sha-Pass-9", "COLLECTION_MY_NUMBER_KEY", key)))
                .hasMessageContaining("must not be the demo or test key");
        assertThatThrownBy(() -> prod(Map.of("ADMIN_PASSWORD", "Kanri-Sha-Pass-9", "COLLECTION_MY_NUMBER_KEY",
                "ZGVtby1rZXktZm9yLXRhaW5vdS1zZWlyaS1vbmx5ISE="))).hasMessageContaining("demo or test key");
        prod(Map.of("ADMIN_PASSWORD", "Kanri-Sha-Pass-9", "COLLECTION_MY_NUMBER_KEY",
                java.util.Base64.getEncoder().encodeToString(new byte[32])));
    }

    @Test
    void productionSendsTheSessionCookieOverHttpsOnly() throws Exception {
        var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("prod", new org.springframework.core.io.ClassPathResource("application-prod.yaml")).get(0);
        assertThat(yaml.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
        var base = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("base", new org.springframework.core.io.ClassPathResource("application.yaml")).get(0);
        assertThat(String.valueOf(base.getProperty("server.servlet.session.cookie.http-only"))).isEqualTo("true");
        assertThat(String.valueOf(base.getProperty("server.servlet.session.cookie.same-site"))).isEqualTo("lax");
        assertThat(String.valueOf(base.getProperty("server.servlet.session.timeout"))).isEqualTo("30m");
    }

    private static void prod(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(variables)));
        environment.setActiveProfiles("prod");
        new jp.lg.collection.system.ProductionGuard().postProcessEnvironment(environment, null);
    }
}
