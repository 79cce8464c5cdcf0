package jp.lg.collection.worklist;

/** The phases a case can be in, by the process key of the phase's model, with the name the models give them. */
public enum CasePhase {
    DUNNING("Dunning", "督促"),
    REMINDERS("Reminders", "催告・納付交渉"),
    PAYMENT_PLAN("PaymentPlan", "分納"),
    INVESTIGATION("PropertyInvestigation", "財産調査"),
    SEIZURE("Seizure", "差押"),
    AUCTION("PublicAuction", "公売"),
    DISTRIBUTION("Distribution", "配当・充当"),
    SUSPENSION("Suspension", "執行停止"),
    WRITE_OFF("WriteOff", "不納欠損");

    private final String processKey;
    private final String label;

    CasePhase(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }

    public static CasePhase ofProcessKey(String key) {
        for (CasePhase phase : values()) {
            if (phase.processKey.equals(key)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("phase: 段階 " + key + " はありません (" + String.join(", ",
                java.util.Arrays.stream(values()).map(p -> p.processKey + " " + p.label).toList()) + ")");
    }
}
