package jp.lg.collection.delinquency;

/**
 * How money reached the city ({@code payment.channel}): the bank file's channels (docs/file-formats.md), the
 * counter, and a 配当 from a seizure or another authority's execution.
 */
public enum PaymentChannel {
    BANK("金融機関"),
    CVS("コンビニ"),
    MPN("ペイジー"),
    DIRECT_DEBIT("口座振替"),
    COUNTER("窓口"),
    DISTRIBUTION("配当"),
    /** 過誤納金の充当 (地方税法17の2): no money moves, a 過誤納金 pays another installment. */
    ALLOCATION("充当");

    private final String label;

    PaymentChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of a stored channel code; a code of no channel (the API takes any) as it is. */
    public static String labelOf(String code) {
        for (PaymentChannel channel : values()) {
            if (channel.name().equals(code)) {
                return channel.label;
            }
        }
        return code == null ? "" : code;
    }
}
