-- A run's lease (issue 20). The node that runs a sweep or an import renews lease_until while it works (a
-- heartbeat every quarter of the lease, and every committed chunk of a sweep); a run with neither finished_at
-- nor a live lease is dead — its node was killed or its database restarted under it — and the next call of the
-- same date (the same file) takes it over. run_token is drawn anew by every taker: a node that lost its lease
-- finds its token gone and commits nothing more. node_id says, for operators, which node holds or held it.
ALTER TABLE sweep_run ADD COLUMN node_id VARCHAR(128);
ALTER TABLE sweep_run ADD COLUMN run_token VARCHAR(36);
ALTER TABLE sweep_run ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE sweep_run ADD COLUMN heartbeat_at TIMESTAMP;
ALTER TABLE sweep_run ADD COLUMN attempts INT NOT NULL DEFAULT 1;
ALTER TABLE sweep_run ADD COLUMN last_error VARCHAR(500);
ALTER TABLE import_run ADD COLUMN node_id VARCHAR(128);
ALTER TABLE import_run ADD COLUMN run_token VARCHAR(36);
ALTER TABLE import_run ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE import_run ADD COLUMN heartbeat_at TIMESTAMP;
ALTER TABLE import_run ADD COLUMN attempts INT NOT NULL DEFAULT 1;
