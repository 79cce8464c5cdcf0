-- 統計 (issue 17): the monthly and yearly figures read each installment's payments and write-offs up to a day
-- (滞納繰越 at 1 April, what a case owed on the day of a 差押 or 執行停止). Payments had no index by installment:
-- every such look-up was a scan of the whole payment table. H2 and PostgreSQL.
CREATE INDEX ix_payment_bill ON payment (bill_id, paid_on);
CREATE INDEX ix_bill_levy_year ON tax_bill (levy_year);
CREATE INDEX ix_disposition_executed ON disposition (executed_on);
CREATE INDEX ix_case_opened ON delinquency_case (opened_on);
