package jp.lg.collection.delinquency.seizure;

import jp.lg.collection.delinquency.AssetKind;
import java.time.LocalDate;

/**
 * One row of {@code disposition}: a seizure, joinder seizure or delivery demand and where it stands;
 * {@code registryOffice} is where the registration of real estate or a registered vehicle is requested (嘱託先).
 */
public record Disposition(long id, String caseId, DispositionKind kind, AssetKind assetKind, String assetDescription,
        String thirdPartyDebtor, String executingAuthority, long estimatedValue, Long seizableAmount, String status,
        String proposedBy, LocalDate proposedOn, String decidedBy, LocalDate decidedOn, String decisionReason,
        LocalDate executedOn, LocalDate releasedOn, long collectedAmount, String registryOffice) {

    public static final String PROPOSED = "PROPOSED";
    public static final String REJECTED = "REJECTED";
    public static final String EXECUTED = "EXECUTED";
    public static final String COLLECTED = "COLLECTED";
    public static final String REALIZED = "REALIZED";
    public static final String RELEASED = "RELEASED";

    /** What the case file prints: "差押 預貯金 (○○銀行 普通 1234567)". */
    public String label() {
        return kind.label() + " " + assetKind.label() + " (" + assetDescription + ")";
    }
}
