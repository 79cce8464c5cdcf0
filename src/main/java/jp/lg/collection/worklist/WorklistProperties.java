package jp.lg.collection.worklist;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's practice for the work lists ({@code collection.worklist} in application.yaml; listed in
 * docs/delinquency-design.md, "Practice values").
 *
 * @param limitationNearMonths 時効が近い: a case whose collection right is extinguished within this many months
 *                             (the Tasklist filter of that name and the case view's warning)
 * @param bulkChunk            一括催告: cases started per transaction (a failure repeats only its chunk's cases)
 */
@ConfigurationProperties("collection.worklist")
public record WorklistProperties(@DefaultValue("6") int limitationNearMonths, @DefaultValue("25") int bulkChunk) {

    public WorklistProperties {
        if (limitationNearMonths < 1) {
            throw new IllegalArgumentException("collection.worklist.limitation-near-months: 1か月以上で設定してください ("
                    + limitationNearMonths + ")");
        }
        if (bulkChunk < 1) {
            throw new IllegalArgumentException("collection.worklist.bulk-chunk: 1件以上で設定してください (" + bulkChunk + ")");
        }
    }
}
