package jp.lg.collection.delinquency.investigation;

/** What an inquiry answer says. */
public enum AnswerKind {
    NOTHING("該当なし"),
    ASSET_FOUND("財産あり");

    private final String label;

    AnswerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
