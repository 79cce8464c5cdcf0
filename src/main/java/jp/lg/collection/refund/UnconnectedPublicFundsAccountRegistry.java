package jp.lg.collection.refund;

import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production until a city connects the registry (docs/refunds.md): every lookup is refused, so a refund is paid into
 * the account the person gave. A city's connection is a bean of its own implementing
 * {@link PublicFundsAccountRegistry}, marked {@code @Primary} so that it is the one used.
 */
@Component
@Profile("!demo & !test")
public class UnconnectedPublicFundsAccountRegistry implements PublicFundsAccountRegistry {

    @Override
    public Optional<BankAccount> find(String myNumber) {
        throw new IllegalStateException("公金受取口座の登録システムに接続していません");
    }

    @Override
    public String name() {
        return "公金受取口座 (未接続)";
    }

    @Override
    public boolean connected() {
        return false;
    }
}
