package jp.lg.collection.delinquency;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which graces hold a case on a day, for every phase that must wait for them (the grace phase writes them,
 * {@code grace/GraceRepository}). A grace is in force from its first to its last day; a revoked one ends the day
 * before its revocation (V23), an extension is a row of its own that starts the day after the one it extends.
 * <ul>
 *   <li>A 徴収猶予 holds the dunning notice (法329②, 15の2の3①: no new 督促 during it), the written reminders, and
 *       every step of enforcement — seizure and sale.</li>
 *   <li>A 換価猶予 holds the sale of seized property only (法15の5①, 15の6①: "財産の換価を猶予"): the seizure goes
 *       on.</li>
 * </ul>
 */
@Repository
public class GraceCalendar {

    private final JdbcClient jdbc;

    public GraceCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last day of the 徴収猶予 in force on {@code day}, if any: no 督促, 催告 or enforcement until after it. */
    public Optional<LocalDate> collectionGraceUntil(String caseId, LocalDate day) {
        return until(caseId, day, "AND kind = 'COLLECTION'");
    }

    /** The last day of any grace in force on {@code day} (徴収猶予 or 換価猶予), if any: no sale until after it. */
    public Optional<LocalDate> saleStayedUntil(String caseId, LocalDate day) {
        return until(caseId, day, "");
    }

    private Optional<LocalDate> until(String caseId, LocalDate day, String kind) {
        return jdbc.sql("""
                SELECT MAX(ends_on) FROM grace
                WHERE case_id = ? AND status = 'GRANTED' AND starts_on <= ? AND ends_on >= ? %s
                """.formatted(kind)).params(caseId, day, day).query(LocalDate.class).optional();
    }
}
