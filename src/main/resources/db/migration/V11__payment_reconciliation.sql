-- 消込: a payment for an installment outside any case may leave a refund candidate without a case, and a
-- payment that matches no installment waits on the unmatched list until a collector resolves it.
ALTER TABLE refund_candidate ALTER COLUMN case_id DROP NOT NULL;

CREATE TABLE unmatched_payment (
    record_id             VARCHAR(40)  NOT NULL PRIMARY KEY,  -- the bank's record id
    notice_no             VARCHAR(20),
    installment_no        INT,
    fiscal_year           INT,
    tax_item              VARCHAR(4),
    paid_on               DATE         NOT NULL,
    amount                BIGINT       NOT NULL,
    channel               VARCHAR(20)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,              -- OPEN / APPLIED / REFUND
    resolved_by           VARCHAR(64),
    resolved_on           DATE,
    resolution_note       VARCHAR(1000),
    imported_at           TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_unmatched_status ON unmatched_payment (status);
