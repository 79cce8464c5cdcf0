package jp.lg.collection.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import jp.lg.collection.ProcessTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 熊谷市 評価書 Ⅲ-3 リスク2: パスワードには、有効期限の設定、同一又は類似パスワード再利用制限、最低文字数の設定; ユーザIDに
 * 有効期限を設定し、期限到来により自動的に失効. The policy is the engine's, so Camunda Admin and /engine-rest obey it.
 */
class PasswordPolicyTest extends ProcessTestSupport {

    static final String GOOD = "Kenkou-Shindan-2026";
    static final AtomicInteger NEXT = new AtomicInteger();

    IdentityService identity;
    String userId;

    @BeforeEach
    void setUp() {
        identity = engine.getIdentityService();
        today(LocalDate.of(2026, 6, 1));
        userId = "pw" + NEXT.incrementAndGet() + System.nanoTime() % 100000;
        User user = identity.newUser(userId);
        user.setFirstName("試験");
        user.setLastName("利用者");
        user.setPassword(GOOD);
        identity.saveUser(user);
        identity.createMembership(userId, "collectors");
    }

    private void setPassword(String password) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }

    @Test
    void weakPasswordsAreRefusedWhereverTheyAreSet() {
        for (String weak : new String[] {"Short-26", "nouppercase-2026", "NOLOWERCASE-2026", "No-Digits-Here",
                "NoSymbols2026xyz", userId + "-Aa-2026"}) {
            assertThatThrownBy(() -> setPassword(weak)).as(weak).isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Password does not match policy");
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnablePasswordPolicy()).isTrue();
        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(5);
        assertThat(identity.getPasswordPolicy().getRules()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(identity.checkPasswordAgainstPolicy("Tainou-2026").isValid()).isFalse();
        assertThat(identity.checkPasswordAgainstPolicy("Tainou-Seiri-2026").isValid()).isTrue();
    }

    /** Common passwords and their simple variants are refused, whatever the case; the rule is named in Japanese. */
    @Test
    void commonPasswordsAndTheirVariantsAreRefusedNamingTheRule() {
        for (String common : new String[] {"Password123!", "pASSWORD2026!", "P@ssw0rd2026!", "Welcome-2026!",
                "Qwerty123456!", "2026!Iloveyou", "Pass-Word-2026!", "Kumagaya#2026"}) {
            var result = identity.checkPasswordAgainstPolicy(common);
            assertThat(result.isValid()).as(common).isFalse();
            assertThat(result.getViolatedRules()).as(common).extracting(PasswordPolicyPlugin::describe)
                    .containsExactly("よく使われるパスワード（Password123! など）やその変形ではない");
            assertThatThrownBy(() -> setPassword(common)).as(common).isInstanceOf(ProcessEngineException.class);
        }
        assertThat(identity.checkPasswordAgainstPolicy("Short-26").getViolatedRules())
                .extracting(PasswordPolicyPlugin::describe).containsExactly("12文字以上");
        for (String good : new String[] {GOOD, "Tainou-Seiri-2026", "Hanabi#Kumagaya-26", "Aaaa-Bbbb-0001"}) {
            assertThat(identity.checkPasswordAgainstPolicy(good).isValid()).as(good).isTrue();
        }
    }

    @Test
    void noneOfTheLastFivePasswordsComesBack() {
        String[] passwords = {"Aaaa-Bbbb-0001", "Aaaa-Bbbb-0002", "Aaaa-Bbbb-0003", "Aaaa-Bbbb-0004", "Aaaa-Bbbb-0005"};
        for (String p : passwords) {
            setPassword(p);
        }
        // current 0005, before it 0004, 0003, 0002, 0001: the last five; GOOD is the sixth
        for (String p : passwords) {
            assertThatThrownBy(() -> setPassword(p)).as(p).isInstanceOf(ProcessEngineException.class);
        }
        setPassword(GOOD);
        assertThat(identity.checkPassword(userId, GOOD)).isTrue();
    }

    @Test
    void anExpiredPasswordIsRefusedWithItsReason() throws Exception {
        mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isOk());
        jdbc.sql("UPDATE password_state SET changed_at = ? WHERE user_id = ?")
                .params(LocalDateTime.of(2026, 3, 4, 9, 0), userId).update();
        mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isOk());
        jdbc.sql("UPDATE password_state SET changed_at = ? WHERE user_id = ?")
                .params(LocalDateTime.of(2026, 3, 1, 8, 0), userId).update();
        mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("パスワードの有効期限（90日）")));
        // the administrator sets a new password: a new 90 days
        setPassword("Atarashii-Pass-2026");
        mvc().perform(get("/api/breaches").with(httpBasic(userId, "Atarashii-Pass-2026"))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM operation_log WHERE user_id = ? AND action = 'LOGIN_FAILED'"
                + " AND result LIKE 'CredentialsExpiredException%'").param(userId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAccountEndsOnItsEndDate() throws Exception {
        jdbc.sql("INSERT INTO account_validity (user_id, valid_until) VALUES (?, ?)")
                .params(userId, LocalDate.of(2026, 6, 1)).update();
        mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isOk());
        today(LocalDate.of(2026, 6, 2));
        mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("利用期間（2026-06-01 まで）")));
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        LocalDateTime at = LocalDateTime.of(2026, 6, 1, 10, 0);
        for (int i = 0; i < 5; i++) {
            // past Camunda's growing login delay, so each attempt counts
            at = at.plusMinutes(5);
            clock(at);
            mvc().perform(get("/api/breaches").with(httpBasic(userId, "Wrong-Pass-2026"))).andExpect(status().isUnauthorized());
        }
        clock(at.plusHours(2));
        // the locked account's 401 is the very answer a wrong password or an unknown name gets: no user enumeration
        var locked = mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isUnauthorized())
                .andReturn().getResponse();
        var unknown = mvc().perform(get("/api/breaches").with(httpBasic("nobody-" + userId, "Wrong-Pass-2026")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse();
        assertThat(locked.getContentAsString()).isEqualTo(unknown.getContentAsString()).doesNotContain("ロック");
        assertThat(locked.getHeader("WWW-Authenticate")).isEqualTo(unknown.getHeader("WWW-Authenticate"));
        identity.unlockUser(userId);
        mvc().perform(get("/api/breaches").with(httpBasic(userId, GOOD))).andExpect(status().isOk());
        // the operation log keeps the real reason for the security officer
        assertThat(jdbc.sql("SELECT result FROM operation_log WHERE user_id = ? AND action = 'LOGIN_FAILED' ORDER BY id")
                .param(userId).query(String.class).list()).hasSize(6).last().asString().startsWith("LockedException");
    }

    private static void clock(LocalDateTime at) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                java.util.Date.from(at.atZone(jp.lg.collection.system.Today.TOKYO).toInstant()));
    }
}
