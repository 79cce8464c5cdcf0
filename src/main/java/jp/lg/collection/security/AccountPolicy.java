package jp.lg.collection.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.lg.collection.system.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * What a correct password alone does not decide (熊谷市 評価書 Ⅲ-3 リスク2): accounts with an end date
 * ({@code account_validity}: 利用期間が明確になったものについては、ユーザIDに有効期限を設定し、期限到来により自動的に失効),
 * password expiry (有効期限の設定: {@value #DEFAULT_MAX_AGE_DAYS} days, counted from the day the current
 * password hash in ACT_ID_USER was first seen) and Camunda's lockout after repeated failures (attempts in
 * ACT_ID_USER, {@link PasswordPolicyPlugin#MAX_ATTEMPTS}). Used by our login and by the Camunda webapp login.
 */
@Component
public class AccountPolicy {

    static final int DEFAULT_MAX_AGE_DAYS = 90;

    private final JdbcClient jdbc;
    private final int maxAgeDays;

    public AccountPolicy(JdbcClient jdbc, @Value("${collection.password.max-age-days:90}") int maxAgeDays) {
        this.jdbc = jdbc;
        this.maxAgeDays = maxAgeDays;
    }

    /** Why this account may not log in whatever the password (end date passed, password expired), else empty. */
    public Optional<AuthenticationException> refusal(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        Optional<LocalDate> validUntil = jdbc.sql("SELECT valid_until FROM account_validity WHERE user_id = ?")
                .param(userId).query(LocalDate.class).optional();
        if (validUntil.isPresent() && Today.date().isAfter(validUntil.get())) {
            return Optional.of(new AccountExpiredException("アカウントの利用期間（" + validUntil.get()
                    + " まで）が終了しています。システム管理者に連絡してください"));
        }
        Optional<String> current = currentHash(userId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var state = jdbc.sql("SELECT password_hash, changed_at FROM password_state WHERE user_id = ?").param(userId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDateTime.class)}).optional();
        if (state.isPresent() && state.get()[0].equals(current.get())
                && ((LocalDateTime) state.get()[1]).plusDays(maxAgeDays).isBefore(Today.dateTime())) {
            return Optional.of(new CredentialsExpiredException("パスワードの有効期限（" + maxAgeDays
                    + "日）が切れています。システム管理者にパスワードの再設定を依頼してください"));
        }
        return Optional.empty();
    }

    /** After a successful password check: a password hash not seen before starts its 90 days now. */
    public void passwordAccepted(String userId) {
        Optional<String> current = currentHash(userId);
        if (current.isEmpty()) {
            return;
        }
        int updated = jdbc.sql("""
                UPDATE password_state SET password_hash = ?, changed_at = ? WHERE user_id = ? AND password_hash <> ?
                """).params(current.get(), Today.dateTime(), userId, current.get()).update();
        if (updated == 0 && jdbc.sql("SELECT COUNT(*) FROM password_state WHERE user_id = ?").param(userId)
                .query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO password_state (user_id, password_hash, changed_at) VALUES (?,?,?)")
                    .params(userId, current.get(), Today.dateTime()).update();
        }
    }

    /** After a failed password check: the lockout, when Camunda has locked the user for good. */
    public Optional<AuthenticationException> lockout(String userId) {
        Integer attempts = jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param(userId)
                .query(Integer.class).optional().orElse(0);
        if (attempts != null && attempts >= PasswordPolicyPlugin.MAX_ATTEMPTS) {
            return Optional.of(new LockedException("ログインに" + PasswordPolicyPlugin.MAX_ATTEMPTS
                    + "回失敗したためアカウントがロックされています。システム管理者に解除を依頼してください"));
        }
        return Optional.empty();
    }

    private Optional<String> currentHash(String userId) {
        return jdbc.sql("SELECT PWD_ FROM ACT_ID_USER WHERE ID_ = ?").param(userId).query(String.class).optional();
    }
}
