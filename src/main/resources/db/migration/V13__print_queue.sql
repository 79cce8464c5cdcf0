-- 印刷待ち (print queue): a notice is issued inside the case's transaction as its content snapshot (payload:
-- JSON of the notice as PdfNotices prints it — addressee, installments, amounts, dates, the issuing city —
-- taken at issue, so a later payment does not change what was issued) and rendered to PDF later by the
-- print batch (PrintBatch), or on demand when somebody opens it first. See docs/print-batch.md.
--   queued:   rendered_at IS NULL, content IS NULL, payload set
--   rendered: rendered_at and content set (payload kept for notices, null for certificates and older rows)
-- render_error: why the last attempt failed (the batch leaves such a row alone until asked to retry).
-- TEXT is PostgreSQL's string of any length and H2's alias of CHARACTER LARGE OBJECT, so one migration serves
-- both; LOCALTIMESTAMP is a TIMESTAMP (without time zone) on both.
ALTER TABLE document ADD COLUMN payload TEXT;
ALTER TABLE document ADD COLUMN rendered_at TIMESTAMP;
ALTER TABLE document ADD COLUMN render_error VARCHAR(500);
UPDATE document SET rendered_at = created_at;
-- a row inserted with its PDF by code that does not know the queue (or by hand) counts as rendered
ALTER TABLE document ALTER COLUMN rendered_at SET DEFAULT LOCALTIMESTAMP;
ALTER TABLE document ALTER COLUMN content DROP NOT NULL;
ALTER TABLE document ADD CONSTRAINT ck_document_queued_or_rendered CHECK (
    (rendered_at IS NULL AND content IS NULL AND payload IS NOT NULL)
    OR (rendered_at IS NOT NULL AND content IS NOT NULL));
-- the batch's claim: WHERE rendered_at IS NULL (a range at one end of this index; no partial indexes on H2)
CREATE INDEX ix_document_queued ON document (rendered_at, id);
