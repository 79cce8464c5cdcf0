-- The sweep claims its date first (the primary key of sweep_run), then sweeps in chunks: finished_at stays
-- NULL while it runs, so a second node's sweep of the same date can answer "running" instead of sweeping
-- again; failed counts taxpayers left for the next sweep (see OverdueSweep).
ALTER TABLE sweep_run ADD COLUMN finished_at TIMESTAMP;
ALTER TABLE sweep_run ADD COLUMN failed INT NOT NULL DEFAULT 0;
UPDATE sweep_run SET finished_at = started_at;
