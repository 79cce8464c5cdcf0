package jp.lg.collection.refund;

import java.util.Optional;

/**
 * The national registry of 公金受取口座 (公的給付の支給等の迅速かつ確実な実施のための預貯金口座の登録等に関する法律,
 * デジタル庁): the account a person registered to receive public money. A refund may be paid into it only with the
 * person's consent (recorded on the refund). The registry is outside the product: this is the product's side of the
 * connection; docs/refunds.md says what a real connection needs.
 *
 * <p>The registry is asked by 個人番号. An implementation keeps the number only as long as the call, and never
 * writes it anywhere — not in the application log, not in an exception message, not in a request log of its own
 * (番号法: a My Number is used only within the affairs the law allows and is not to be kept beyond them).
 */
public interface PublicFundsAccountRegistry {

    /** The account registered for the person with this 個人番号; empty when he registered none. */
    Optional<BankAccount> find(String myNumber);

    /** What the registry is, as users read it ("公金受取口座登録システム (デジタル庁)", "試験用の登録簿"). */
    String name();

    /** Whether it answers at all (false: no connection configured; every lookup is refused). */
    boolean connected();
}
