-- Statutory dates, round 2 (issue 14). Valid on H2 and PostgreSQL.

-- 徴104②: equal highest bids are drawn by lot; the draw is kept (among whom, and who was drawn).
ALTER TABLE auction ADD COLUMN lot_drawn VARCHAR(500);

-- 徴132②: the payout day runs from the day the statement's copy is sent (after the manager's review), not from
-- the day it is prepared; until it is sent there is no payout day.
ALTER TABLE distribution ADD COLUMN statement_sent_on DATE;
ALTER TABLE distribution ALTER COLUMN payout_on DROP NOT NULL;

-- 法9: an heir's installment keeps the decedent's limitation history; this is the installment it came from, so
-- the nightly limitation check also sees the seizures, graces and reminders of the decedent's case.
ALTER TABLE tax_bill ADD COLUMN succeeded_from BIGINT REFERENCES tax_bill (id);

-- 番号法規則2二ロ・ハ, 四ロ・ハ: My Number data used or provided for an unlawful purpose, or against 番号法9 / 19.
ALTER TABLE breach_case ADD COLUMN unlawful_use_or_provision BOOLEAN;
ALTER TABLE breach_case ADD COLUMN contrary_use_or_provision BOOLEAN;
