package jp.lg.collection.refund;

import java.util.Optional;
import jp.lg.collection.audit.OperationLog;
import jp.lg.collection.taxpayer.MyNumberCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one place a refund uses a 個人番号: the taxpayer's number is decrypted here, handed to the
 * {@link PublicFundsAccountRegistry} and forgotten. A refund of local tax is an affair of the tax office (番号利用事務);
 * the lookup is made only for a refund whose taxpayer consented, and is written to the operation log by addressee
 * number — never by 個人番号.
 */
@Service
public class PublicFundsAccounts {

    private final JdbcClient jdbc;
    private final MyNumberCipher cipher;
    private final PublicFundsAccountRegistry registry;
    private final OperationLog operations;

    public PublicFundsAccounts(JdbcClient jdbc, MyNumberCipher cipher, PublicFundsAccountRegistry registry,
            OperationLog operations) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.registry = registry;
        this.operations = operations;
    }

    /** Where the answer comes from, as users read it. */
    public String registryName() {
        return registry.name();
    }

    /**
     * The 公金受取口座 of the taxpayer; empty when he registered none.
     *
     * @throws IllegalArgumentException "refundRoute: …" when the registry is not connected or the taxpayer's 個人番号
     *         is not held (the refund then goes to the account the person gives)
     */
    public Optional<BankAccount> lookup(String addresseeNo, String by) {
        if (!registry.connected()) {
            throw new IllegalArgumentException("refundRoute: 公金受取口座の登録システムに接続していません。"
                    + "本人の申出の口座を入力してください");
        }
        String stored = jdbc.sql("SELECT my_number_cipher FROM taxpayer WHERE addressee_no = ?").param(addresseeNo)
                .query(String.class).optional().orElse(null);
        if (stored == null) {
            throw new IllegalArgumentException("refundRoute: 宛名番号 " + addresseeNo
                    + " の個人番号が登録されていないため、公金受取口座を照会できません");
        }
        Optional<BankAccount> found;
        try {
            found = registry.find(cipher.decrypt(stored));
        } catch (RuntimeException e) {
            // the registry's own message might quote what it was sent: only the kind of failure goes on
            operations.record(by, "PUBLIC_FUNDS_ACCOUNT_LOOKUP", "宛名番号 " + addresseeNo, "ERROR");
            throw new IllegalArgumentException("refundRoute: 公金受取口座を照会できませんでした ("
                    + e.getClass().getSimpleName() + ")。時間をおいて再度行うか、本人の申出の口座を入力してください");
        }
        operations.record(by, "PUBLIC_FUNDS_ACCOUNT_LOOKUP", "宛名番号 " + addresseeNo,
                found.isPresent() ? "FOUND" : "NOT_REGISTERED");
        return found;
    }
}
