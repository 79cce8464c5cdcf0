-- Payment files by layout (docs/file-formats.md): 全銀 口座振替結果, コンビニ収納 速報・確報.

-- コンビニ収納: a 速報 is PROVISIONAL (seen, not applied) until the 確報 of the same record confirms it (CONFIRMED,
-- applied); a 確報 without 速報 is recorded CONFIRMED at once. record_id as in payment.record_id.
CREATE TABLE cvs_report (
    record_id             VARCHAR(40)  NOT NULL PRIMARY KEY,
    fiscal_year           INT          NOT NULL,
    tax_item              VARCHAR(4)   NOT NULL,
    notice_no             VARCHAR(20)  NOT NULL,
    installment_no        INT          NOT NULL,
    paid_on               DATE         NOT NULL,              -- 収納日 at the store
    amount                BIGINT       NOT NULL,              -- as the 速報 (or the 確報 alone) reported it
    status                VARCHAR(20)  NOT NULL,              -- PROVISIONAL / CONFIRMED
    preliminary_run_id    BIGINT       REFERENCES import_run (id),
    reported_on           DATE         NOT NULL,              -- the day the first report of it was imported
    final_run_id          BIGINT       REFERENCES import_run (id),
    confirmed_on          DATE,
    final_amount          BIGINT
);
CREATE INDEX ix_cvs_report_status ON cvs_report (status, reported_on);

-- 口座振替不能: a 全銀 result record with 振替結果コード other than 0, once per record id, with its follow-up
-- (the 口座振替不能通知書 queued, document_id) when the installment is known and open.
CREATE TABLE direct_debit_failure (
    record_id             VARCHAR(40)  NOT NULL PRIMARY KEY,
    run_id                BIGINT       REFERENCES import_run (id),
    debit_on              DATE         NOT NULL,              -- 引落日
    result_code           VARCHAR(2)   NOT NULL,              -- 振替結果コード (DirectDebitResult)
    amount                BIGINT       NOT NULL,
    payer_name            VARCHAR(60),                        -- 預金者名 as the bank wrote it (full-width kana)
    fiscal_year           INT          NOT NULL,
    tax_item              VARCHAR(4)   NOT NULL,
    notice_no             VARCHAR(20)  NOT NULL,
    installment_no        INT          NOT NULL,
    bill_id               BIGINT       REFERENCES tax_bill (id),
    addressee_no          VARCHAR(15),
    case_id               VARCHAR(20),
    document_id           BIGINT,
    recorded_by           VARCHAR(64)  NOT NULL,
    recorded_at           TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_direct_debit_failure_bill ON direct_debit_failure (bill_id);

-- The unmatched list: the payer's name when the source gives one, and what a resolution applied the money to.
ALTER TABLE unmatched_payment ADD COLUMN payer_name VARCHAR(60);
ALTER TABLE unmatched_payment ADD COLUMN resolved_to VARCHAR(100);
