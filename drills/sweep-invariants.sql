-- What a night's sweep must leave, whatever killed it on the way (issue 20). One row per invariant:
-- name | violations; every count must be 0. psql: -v as_of=YYYY-MM-DD. Used by the drills (lib.sh) and by
-- KillRecoveryDrillTest (which substitutes the variable itself): keep one statement per ';'-ended line group.
SELECT 'overdue bills without a case', count(*) FROM tax_bill
  WHERE status = 'OPEN' AND due_date < DATE :'as_of' AND case_id IS NULL;
SELECT 'taxpayers with two open cases', count(*) FROM
  (SELECT addressee_no FROM delinquency_case WHERE status = 'OPEN' GROUP BY addressee_no HAVING count(*) > 1) d;
SELECT 'cases without a process instance', count(*) FROM delinquency_case c
  WHERE c.process_instance_id IS NULL
     OR NOT EXISTS (SELECT 1 FROM act_hi_procinst p WHERE p.id_ = c.process_instance_id);
SELECT 'case processes without their case row (orphans)', count(*) FROM act_hi_procinst p
  JOIN act_re_procdef d ON d.id_ = p.proc_def_id_
  WHERE d.key_ = 'DelinquencyCase'
    AND NOT EXISTS (SELECT 1 FROM delinquency_case c WHERE c.case_id = p.business_key_
                                                        AND c.process_instance_id = p.id_);
SELECT 'cases with two case processes', count(*) FROM
  (SELECT p.business_key_ FROM act_hi_procinst p JOIN act_re_procdef d ON d.id_ = p.proc_def_id_
   WHERE d.key_ = 'DelinquencyCase' GROUP BY p.business_key_ HAVING count(*) > 1) d;
SELECT 'bills in a case without a 督促 (dunning_issued_on)', count(*) FROM tax_bill
  WHERE case_id IS NOT NULL AND dunning_issued_on IS NULL;
SELECT 'cases whose 督促 log lines differ from their bills', count(*) FROM delinquency_case c
  WHERE (SELECT count(*) FROM negotiation_log l WHERE l.case_id = c.case_id AND l.action = 'DUNNING_NOTICE')
     <> (SELECT count(*) FROM tax_bill b WHERE b.case_id = c.case_id);
SELECT 'cases without exactly one dunning notice queued', count(*) FROM delinquency_case c
  WHERE (SELECT count(*) FROM document d WHERE d.case_id = c.case_id AND d.kind = 'DUNNING_NOTICE') <> 1;
SELECT 'cases without exactly one CASE_OPENED line', count(*) FROM delinquency_case c
  WHERE (SELECT count(*) FROM negotiation_log l WHERE l.case_id = c.case_id AND l.action = 'CASE_OPENED') <> 1;
SELECT 'sweep of the date not finished, or with failed taxpayers', count(*) FROM sweep_run
  WHERE as_of = DATE :'as_of' AND (finished_at IS NULL OR failed > 0);
