-- Synthetic city for bench/run: :taxpayers taxpayers, each with one paid bill of last year and one open
-- installment of this year; every (100 / :overdue_pct)-th taxpayer's open installment is overdue (due the
-- day before :'as_of'), the others fall due 30 days after it. Apart from the city, :warmup taxpayers
-- (addressee 8…, collector "warmup") with a bill due 15 days before: bench/run sweeps them first with the
-- previous day as asOf, so the measured sweep runs on a warm JVM, as the nightly sweep does. Collectors: tanaka holds 1 taxpayer in 5 (and 1 overdue case in 5).
-- Set-based INSERT … SELECT generate_series (server-side bulk load; no API, no per-row round trips).
\set ON_ERROR_STOP on
-- The rows are consistent by construction: the foreign-key checks (a taxpayer lookup per bill) are skipped
-- while loading, which makes 1 000 000 taxpayers (3 million rows) load about a third faster; this needs a
-- superuser (bench/run connects as postgres).
SET session_replication_role = replica;
BEGIN;
INSERT INTO taxpayer (addressee_no, name_kanji, name_kana, birth_date, sex, postal_code, address, phone1,
                      district_code, assigned_collector, collection_rank, updated_by)
SELECT lpad(i::text, 10, '0'),
       (ARRAY['佐藤','鈴木','高橋','田中','伊藤','渡辺','山本','中村','小林','加藤'])[1 + i % 10] || ' '
         || (ARRAY['太郎','花子','一郎','美咲','健太','陽子','大輔','由美'])[1 + (i / 10) % 8],
       (ARRAY['サトウ','スズキ','タカハシ','タナカ','イトウ','ワタナベ','ヤマモト','ナカムラ','コバヤシ','カトウ'])[1 + i % 10]
         || ' ' || (ARRAY['タロウ','ハナコ','イチロウ','ミサキ','ケンタ','ヨウコ','ダイスケ','ユミ'])[1 + (i / 10) % 8],
       DATE '1950-01-01' + (i % 18000), (1 + i % 2)::text, '360-' || lpad((i % 10000)::text, 4, '0'),
       '埼玉県熊谷市宮町' || (1 + i % 3) || '丁目' || (1 + i % 50) || '番地' || (1 + i % 20),
       '048-5' || lpad((i % 100000)::text, 5, '0'), lpad((i % 40)::text, 2, '0'),
       CASE (i / 10) % 5 WHEN 0 THEN 'tanaka' WHEN 1 THEN 'suzuki' ELSE 'collector' || ((i / 10) % 5) END,
       'B', 'bench'
FROM generate_series(1, :taxpayers) AS i;

-- last year's bill, paid in full (history the queries must skip)
INSERT INTO tax_bill (addressee_no, fiscal_year, levy_year, tax_item, notice_no, installment_no, principal,
                      principal_paid, due_date, statutory_due_date, limitation_start, last_paid_on, status, updated_by)
SELECT lpad(i::text, 10, '0'), EXTRACT(YEAR FROM DATE :'as_of')::int - 1, EXTRACT(YEAR FROM DATE :'as_of')::int - 1,
       '01', 'N' || lpad(i::text, 10, '0'), 1, 10000 + (i % 50) * 1000, 10000 + (i % 50) * 1000,
       DATE :'as_of' - 365, DATE :'as_of' - 365, DATE :'as_of' - 364, DATE :'as_of' - 370, 'PAID', 'bench'
FROM generate_series(1, :taxpayers) AS i;

-- this year's installment: overdue for 1 taxpayer in (100 / overdue_pct), else due in 30 days
INSERT INTO tax_bill (addressee_no, fiscal_year, levy_year, tax_item, notice_no, installment_no, principal,
                      due_date, statutory_due_date, limitation_start, status, updated_by)
SELECT lpad(i::text, 10, '0'), EXTRACT(YEAR FROM DATE :'as_of')::int, EXTRACT(YEAR FROM DATE :'as_of')::int,
       '01', 'N' || lpad(i::text, 10, '0'), 2, 20000 + (i % 80) * 1000,
       d, d, d + 1, 'OPEN', 'bench'
FROM (SELECT i, CASE WHEN i % (100 / :overdue_pct) = 0 THEN DATE :'as_of' - 1 ELSE DATE :'as_of' + 30 END AS d
      FROM generate_series(1, :taxpayers) AS i) s;

INSERT INTO taxpayer (addressee_no, name_kanji, name_kana, address, assigned_collector, updated_by)
SELECT '8' || lpad(i::text, 9, '0'), '予熱 太郎', 'ヨネツ タロウ', '埼玉県熊谷市宮町一丁目1番地', 'warmup', 'bench'
FROM generate_series(1, :warmup) AS i;
INSERT INTO tax_bill (addressee_no, fiscal_year, levy_year, tax_item, notice_no, installment_no, principal,
                      due_date, statutory_due_date, limitation_start, status, updated_by)
SELECT '8' || lpad(i::text, 9, '0'), EXTRACT(YEAR FROM DATE :'as_of')::int, EXTRACT(YEAR FROM DATE :'as_of')::int,
       '01', 'W' || lpad(i::text, 9, '0'), 2, 30000, DATE :'as_of' - 15, DATE :'as_of' - 15, DATE :'as_of' - 14,
       'OPEN', 'bench'
FROM generate_series(1, :warmup) AS i;
COMMIT;
RESET session_replication_role;
-- vacuumed and analyzed now, so that autovacuum does not start on the fresh 3 million rows during the sweep
VACUUM (ANALYZE) taxpayer;
VACUUM (ANALYZE) tax_bill;
