package jp.lg.collection.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.collection.system.Today;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The password policy of 熊谷市 評価書 Ⅲ-3 リスク2 (パスワードには、有効期限の設定、同一又は類似パスワード再利用制限、
 * 最低文字数の設定等を行っている), in the engine, so it holds wherever a password is set: {@code
 * identityService.saveUser}, Camunda Admin, {@code /engine-rest/user/{id}/credentials}. At least
 * {@value #MIN_LENGTH} characters with upper case, lower case, a digit and a symbol; not the user's id or name
 * (similar passwords); none of the last {@value #HISTORY} passwords; not a common password nor a simple variant
 * of one ({@code security/common-passwords.txt}: {@code Password123!}, {@code P@ssw0rd2026}). Each rule is named in
 * Japanese ({@link #describe}) wherever a password is refused. Also Camunda's lockout: after {@value
 * #MAX_ATTEMPTS} failed logins the user stays locked until an administrator unlocks it (Admin →
 * ユーザー → ロック解除). Expiry is {@link AccountPolicy}'s.
 */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    public static final int MIN_LENGTH = 12;
    public static final int HISTORY = 5;
    public static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;

    public PasswordPolicyPlugin(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The engine's configuration: its password manager checks the history also outside an engine command. */
    private ProcessEngineConfigurationImpl engineConfiguration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.engineConfiguration = configuration;
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(policy());
        configuration.setLoginMaxAttempts(MAX_ATTEMPTS);
    }

    PasswordPolicy policy() {
        List<PasswordPolicyRule> rules = List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
                new PasswordPolicyUpperCaseRuleImpl(1), new PasswordPolicyLowerCaseRuleImpl(1),
                new PasswordPolicyDigitRuleImpl(1), new PasswordPolicySpecialCharacterRuleImpl(1),
                new PasswordPolicyUserDataRuleImpl(), new HistoryRule(), new CommonPasswordRule());
        return () -> rules;
    }

    /** The rule as the city's staff read it (the same words as Camunda Admin's checklist, admin/locales/ja.json). */
    public static String describe(PasswordPolicyRule rule) {
        Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> p.getOrDefault("minLength", "") + "文字以上";
            case "PASSWORD_POLICY_UPPERCASE" -> "英大文字を" + p.getOrDefault("minUpperCase", "1") + "文字以上含む";
            case "PASSWORD_POLICY_LOWERCASE" -> "英小文字を" + p.getOrDefault("minLowerCase", "1") + "文字以上含む";
            case "PASSWORD_POLICY_DIGIT" -> "数字を" + p.getOrDefault("minDigit", "1") + "文字以上含む";
            case "PASSWORD_POLICY_SPECIAL" -> "記号を" + p.getOrDefault("minSpecial", "1") + "文字以上含む";
            case "PASSWORD_POLICY_USER_DATA" -> "ユーザーID・氏名・メールアドレスを含まない";
            case HistoryRule.PLACEHOLDER -> "直近" + p.getOrDefault("history", "") + "回のパスワードと異なる";
            case CommonPasswordRule.PLACEHOLDER -> "よく使われるパスワード（Password123! など）やその変形ではない";
            default -> rule.getPlaceholder();
        };
    }

    /**
     * Not a password of the common-password list, compared case-insensitively, also once the digits and symbols
     * around it and separators inside it are removed and l33t spelling is undone: {@code Password123!},
     * {@code P@ssw0rd2026}, {@code Welcome-2026!}, {@code Pass-Word-99!} are all "password"/"welcome".
     */
    static class CommonPasswordRule implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";
        private static final Set<String> COMMON = load();

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String candidate) {
            if (candidate == null) {
                return true;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            for (String form : List.of(lower, core, core.replaceAll("[-_. ]", ""))) {
                if (COMMON.contains(form) || COMMON.contains(unleet(form, 'i')) || COMMON.contains(unleet(form, 'l'))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean execute(String candidate, User user) {
            return execute(candidate);
        }

        private static String unleet(String text, char one) {
            return text.replace('@', 'a').replace('4', 'a').replace('3', 'e').replace('0', 'o').replace('$', 's')
                    .replace('5', 's').replace('7', 't').replace('!', 'i').replace('1', one);
        }

        private static Set<String> load() {
            try (InputStream in = PasswordPolicyPlugin.class.getResourceAsStream("/security/common-passwords.txt")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("security/common-passwords.txt がありません", e);
            }
        }
    }

    /** None of the last {@value #HISTORY} passwords (the current one and the archived ones). */
    class HistoryRule implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_HISTORY";

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("history", String.valueOf(HISTORY));
        }

        @Override
        public boolean execute(String candidatePassword) {
            return true;
        }

        @Override
        public boolean execute(String candidate, User user) {
            if (user == null || user.getId() == null || candidate == null) {
                return true;
            }
            var manager = engineConfiguration.getPasswordManager();
            var current = jdbc.sql("SELECT PWD_, SALT_ FROM ACT_ID_USER WHERE ID_ = ?").param(user.getId())
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
            List<String[]> earlier = jdbc.sql("""
                    SELECT password_hash, salt FROM password_history WHERE user_id = ?
                    ORDER BY archived_at DESC, id DESC FETCH FIRST %d ROWS ONLY""".formatted(HISTORY))
                    .param(user.getId()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            int checked = 0;
            for (String[] old : current.map(c -> java.util.stream.Stream.concat(java.util.stream.Stream.<String[]>of(c),
                    earlier.stream().filter(e -> !e[0].equals(c[0])))).orElse(earlier.stream()).toList()) {
                if (checked++ >= HISTORY) {
                    break;
                }
                if (old[0] != null && manager.check(candidate + (old[1] == null ? "" : old[1]), old[0])) {
                    return false;
                }
            }
            // the password being replaced joins the history (harmless if another rule rejects the change)
            current.filter(c -> c[0] != null).ifPresent(c -> {
                if (jdbc.sql("SELECT COUNT(*) FROM password_history WHERE user_id = ? AND password_hash = ?")
                        .params(user.getId(), c[0]).query(Long.class).single() == 0) {
                    jdbc.sql("INSERT INTO password_history (user_id, password_hash, salt, archived_at) VALUES (?,?,?,?)")
                            .params(user.getId(), c[0], c[1], Today.dateTime()).update();
                }
            });
            return true;
        }
    }
}
