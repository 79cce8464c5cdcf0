package jp.lg.collection.refund;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.lg.collection.taxpayer.MyNumberCipher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A 公金受取口座 registry held in memory, for the demo and the tests: accounts registered by {@link #register}, keyed
 * by the keyed digest of the 個人番号 ({@link MyNumberCipher#digest}), so not even this stand-in keeps a number in
 * the clear. Lost at restart; never used in production (profile).
 */
@Component
@Profile({"demo", "test"})
public class InMemoryPublicFundsAccountRegistry implements PublicFundsAccountRegistry {

    private final MyNumberCipher cipher;
    private final Map<String, BankAccount> accounts = new ConcurrentHashMap<>();

    public InMemoryPublicFundsAccountRegistry(MyNumberCipher cipher) {
        this.cipher = cipher;
    }

    /** Registers (or replaces) the account of the person with this 個人番号. */
    public void register(String myNumber, BankAccount account) {
        accounts.put(cipher.digest(MyNumberCipher.requireValid(myNumber)), account);
    }

    @Override
    public Optional<BankAccount> find(String myNumber) {
        return Optional.ofNullable(accounts.get(cipher.digest(myNumber)));
    }

    @Override
    public String name() {
        return "公金受取口座 (試験用の登録簿)";
    }

    @Override
    public boolean connected() {
        return true;
    }
}
