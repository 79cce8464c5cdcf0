-- What one payment file must leave, however often it was killed and resent (issue 20): exactly the state of one
-- clean import. One row per invariant: name | violations; every count must be 0. psql: -v prefix=<record id
-- prefix of the file's lines> -v lines=<lines in the file>. Used by the drills and by KillRecoveryDrillTest.
SELECT 'import run of the file not DONE with every line done', count(*) FROM
  (SELECT 1 FROM import_run r WHERE r.kind = 'PAYMENTS' AND r.file_name LIKE :'prefix' || '%'
   HAVING count(*) <> 1 OR min(r.status) <> 'DONE' OR max(r.status) <> 'DONE' OR min(r.lines_done) <> :lines
       OR min(r.records_written) <> :lines OR min(r.finished_at) IS NULL
       OR min(r.finished_at) < min(r.started_at)) d;
SELECT 'lines of the file not applied (no payment)', :lines - count(DISTINCT record_id) FROM payment
  WHERE record_id LIKE :'prefix' || '%';
SELECT 'lines applied twice', count(*) FROM
  (SELECT record_id FROM payment WHERE record_id LIKE :'prefix' || '%' GROUP BY record_id HAVING count(*) > 1) d;
SELECT 'bills paid beyond their principal', count(*) FROM tax_bill WHERE principal_paid > principal;
SELECT 'lines of the file on the unmatched list', count(*) FROM unmatched_payment
  WHERE record_id LIKE :'prefix' || '%';
SELECT 'cases told of one payment twice', count(*) FROM
  (SELECT l.case_id, l.result FROM negotiation_log l WHERE l.action = 'PAYMENT'
   GROUP BY l.case_id, l.result HAVING count(*) > 1) d;
SELECT 'paid cases never told (no PAYMENT line)', count(*) FROM delinquency_case c
  WHERE EXISTS (SELECT 1 FROM payment p JOIN tax_bill b ON b.id = p.bill_id
                WHERE b.case_id = c.case_id AND p.record_id LIKE :'prefix' || '%')
    AND NOT EXISTS (SELECT 1 FROM negotiation_log l WHERE l.case_id = c.case_id AND l.action = 'PAYMENT');
SELECT 'cases paid in full still open (after the jobs ran)', count(*) FROM delinquency_case c
  WHERE c.status = 'OPEN' AND EXISTS (SELECT 1 FROM tax_bill b WHERE b.case_id = c.case_id)
    AND NOT EXISTS (SELECT 1 FROM tax_bill b WHERE b.case_id = c.case_id AND b.status <> 'PAID');
