package jp.lg.collection.rules;

import java.time.LocalDate;

/**
 * 現年度分・滞納繰越分 and the 会計年度 a receipt is booked to — 地方自治法208 (the fiscal year runs from 1 April to
 * 31 March), 235の5 (出納整理期間: the year's accounts close on 31 May of the next year).
 *
 * <ul>
 *   <li>A receipt on a tax levied (調定) in the fiscal year of the day it is received is 現年度分 of that year.</li>
 *   <li>In April and May (出納整理期間), a receipt on a tax levied in an earlier year still belongs to the accounts of
 *       the year before, not yet closed: 現年度分 of that year when levied in it, else its 滞納繰越分 — the new year's
 *       滞納繰越 is levied only once the old year is closed (city practice; verify with the city's 会計規則).</li>
 *   <li>From June, any older tax is 滞納繰越分 of the fiscal year of the day (it was carried over, 繰越).</li>
 *   <li>A tax levied for a later year and paid early is booked as 現年度分 of its own year (前納; verify the city's
 *       practice — some book it as 歳計外 until the year begins).</li>
 * </ul>
 *
 * @param accountingYear the fiscal year (年度) whose accounts the receipt belongs to, named by its April
 * @param current        現年度分 (true) or 滞納繰越分 (false)
 */
public record FiscalYearClass(int accountingYear, boolean current) {

    /** The class of a receipt on {@code day} for a tax levied in fiscal year {@code levyYear}. */
    public static FiscalYearClass of(int levyYear, LocalDate day) {
        Args.notNull("day", day);
        int fiscalYear = fiscalYearOf(day);
        if (levyYear >= fiscalYear) {
            return new FiscalYearClass(levyYear, true);
        }
        if (day.getMonthValue() == 4 || day.getMonthValue() == 5) {
            return new FiscalYearClass(fiscalYear - 1, levyYear == fiscalYear - 1);
        }
        return new FiscalYearClass(fiscalYear, false);
    }

    /** The fiscal year (年度) of a day: April to March, named by the year of its April. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** 現年 / 滞繰 as the ledger prints it. */
    public String label() {
        return current ? "現年" : "滞繰";
    }
}
