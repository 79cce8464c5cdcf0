package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 漏えい等報告の期限 — 個人情報保護法68① and its 施行規則 (速報 "速やかに", 確報 within 30 / 60 days), and
 * 番号法29の4① with its 規則 for My Number data. The clock starts when any staff member becomes aware of
 * the incident (PPC guidance), and days are counted from the next day.
 */
public final class BreachReportDeadlines {

    /** 速報 "速やかに": PPC guidance reads it as about 3–5 days; the product's default is 3 (configurable). */
    public static final int DEFAULT_PRELIMINARY_DAYS = 3;
    /** The upper end of the PPC "about 3–5 days" reading. */
    public static final int MAX_PRELIMINARY_DAYS = 5;
    /** 確報: within 30 days of awareness. */
    public static final int FINAL_REPORT_DAYS = 30;
    /** 確報 when an unlawful purpose is suspected: within 60 days. */
    public static final int FINAL_REPORT_DAYS_UNLAWFUL_PURPOSE = 60;

    private BreachReportDeadlines() {
    }

    /** The 速報 due date with the default of 3 days. */
    public static LocalDate preliminaryReportDue(LocalDate awareOn) {
        return preliminaryReportDue(awareOn, DEFAULT_PRELIMINARY_DAYS);
    }

    /** The 速報 due date: {@code days} (1–5) after awareness. */
    public static LocalDate preliminaryReportDue(LocalDate awareOn, int days) {
        Args.notNull("awareOn", awareOn);
        Args.between("days", days, 1, MAX_PRELIMINARY_DAYS);
        return awareOn.plusDays(days);
    }

    /** The 確報 due date: 30 days after awareness, 60 when an unlawful purpose is suspected. */
    public static LocalDate finalReportDue(LocalDate awareOn, boolean unlawfulPurpose) {
        Args.notNull("awareOn", awareOn);
        return awareOn.plusDays(unlawfulPurpose ? FINAL_REPORT_DAYS_UNLAWFUL_PURPOSE : FINAL_REPORT_DAYS);
    }
}
