-- "Has this bank record been applied already?" is asked twice per line of a payment file. It was a
-- LIKE 'record-%' over payment.bank_record_id (record id + '-' + bill id), which PostgreSQL answers with a
-- sequential scan under a non-C collation: a 100 000-line import slowed down as the table grew (bench/).
-- The record id gets its own indexed column; the lookup is an equality.
ALTER TABLE payment ADD COLUMN record_id VARCHAR(40);
UPDATE payment SET record_id = REGEXP_REPLACE(bank_record_id, '-[0-9]+$', '');
CREATE INDEX ix_payment_record ON payment (record_id);
