-- 操作ログ: the result keeps the whole reason of a refusal (a lockout message is ~80 characters; 60 were kept while
-- the hash covered all of it, so the first lockout broke the chain). OperationLog cuts each field to its column
-- before hashing it, so the hash covers exactly what is stored. H2 and PostgreSQL.
ALTER TABLE operation_log ALTER COLUMN result SET DATA TYPE VARCHAR(500);
