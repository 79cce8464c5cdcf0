package jp.lg.collection.imports.layout;

/** How a field's characters are read (全銀's N and C modes and what the application needs on top). */
public enum FieldType {
    /** N: digits only, zero-filled (an optional field may be blank); kept as text (codes, numbers with zeros). */
    DIGITS,
    /** C: characters, left-aligned, space-filled; trailing spaces are not part of the value. */
    TEXT,
    /** N: an amount of yen, digits only. */
    YEN,
    /** N: a whole number (期別, 年度, 件数). */
    NUMBER,
    /** N: a date in the field's {@code format}: yyyyMMdd, yyMMdd or MMdd (year from the import day). */
    DATE,
    /** The 44 digits of a GS1-128 料金代理収納 barcode (AI 91), check digit verified; read further by its parts. */
    BARCODE
}
