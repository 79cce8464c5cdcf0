package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import jp.lg.collection.rules.GracePeriod;

/** The two graces a collection division grants, with their statutory longest period. */
public enum GraceKind {
    /** 徴収猶予 (法15): on application — disaster, illness, closure of business, losses. */
    COLLECTION("徴収猶予") {
        @Override
        LocalDate longestEnd(LocalDate start) {
            return GracePeriod.collectionGraceMaxEnd(start);
        }
    },
    /** 換価猶予 (法15の5 ex officio, 15の6 on application): seized property is not sold during it. */
    REALIZATION("換価猶予") {
        @Override
        LocalDate longestEnd(LocalDate start) {
            return GracePeriod.realizationGraceMaxEnd(start);
        }
    };

    private final String label;

    GraceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    abstract LocalDate longestEnd(LocalDate start);
}
