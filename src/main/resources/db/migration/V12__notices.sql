-- 再委託承認書 as a PDF (番号法10①), beside the HTML kept since V6. The letter is addressed to a contractor, not
-- to a taxpayer, so it does not go into document (addressee_no is NOT NULL there and refers to taxpayer): it
-- is kept with its register row and served at GET /api/subcontracts/{id}/approval-document.pdf.
ALTER TABLE subcontract ADD COLUMN approval_pdf BYTEA;
