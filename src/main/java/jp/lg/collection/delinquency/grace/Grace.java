package jp.lg.collection.delinquency.grace;

import java.time.LocalDate;
import jp.lg.collection.rules.GraceGround;
import jp.lg.collection.rules.GraceRevocationGround;

/**
 * One row of {@code grace}: a decision on a 徴収猶予 or 換価猶予, or on the extension of one ({@code extendsGraceId}).
 * A revoked grace ends the day before its revocation ({@code revokedOn}).
 *
 * @param amount 猶予に係る金額 (本税・督促手数料 unpaid at the decision), yen; null on rows older than V23
 */
public record Grace(long id, String caseId, GraceKind kind, GraceGround ground, LocalDate startsOn, LocalDate endsOn,
        String status, String reason, String decidedBy, LocalDate decidedOn, Long amount, String security,
        String securityWaiver, Long extendsGraceId, LocalDate revokedOn, GraceRevocationGround revocationGround,
        String revocationReason) {

    public boolean granted() {
        return "GRANTED".equals(status);
    }
}
