-- A workspace as schema version 3 (rectransfer before run_metrics) leaves it: the DDL of
-- store.Schema at version 3, verbatim, then the column that version added in place, then a few
-- runs (a sweep Book -> Office, config-6, two seeds, with per-user hits; a train run with full
-- ranking; a failed run). Built by store.V3Workspace for the tests of the upgrade to schema 4.
-- Statements end with a semicolon at the end of a line.
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  domain TEXT NOT NULL,
  data_file TEXT NOT NULL,
  data_hash TEXT NOT NULL,
  source_run TEXT,
  plan TEXT,
  seed INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  settings_json TEXT NOT NULL,
  provenance_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  users INTEGER, items INTEGER, interactions INTEGER,
  hr REAL, ndcg REAL, mrr REAL,
  full_hr REAL, full_ndcg REAL, full_mrr REAL,
  epochs INTEGER, best_epoch INTEGER,
  samples_per_second REAL, seconds REAL,
  model_file TEXT,
  error TEXT,
  flat_users INTEGER,
  collapsed INTEGER);
CREATE TABLE IF NOT EXISTS epochs (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  epoch INTEGER NOT NULL,
  loss REAL, hr REAL, ndcg REAL, validation_hr REAL,
  seconds REAL, samples_per_second REAL,
  PRIMARY KEY (run_id, epoch));
CREATE TABLE IF NOT EXISTS user_hits (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  user_index INTEGER NOT NULL,
  user_key TEXT NOT NULL,
  rank INTEGER NOT NULL,
  hit INTEGER NOT NULL,
  PRIMARY KEY (run_id, user_index));
CREATE TABLE IF NOT EXISTS sweeps (
  id TEXT PRIMARY KEY,
  spec_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sweep_runs (
  sweep_id TEXT NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
  task_key TEXT NOT NULL,
  run_id TEXT NOT NULL REFERENCES runs(id),
  kind TEXT NOT NULL,
  source TEXT,
  target TEXT NOT NULL,
  config TEXT NOT NULL,
  seed INTEGER NOT NULL,
  PRIMARY KEY (sweep_id, task_key));
CREATE TABLE IF NOT EXISTS task_claims (
  sweep_id TEXT NOT NULL,
  task_key TEXT NOT NULL,
  host TEXT NOT NULL,
  pid INTEGER NOT NULL,
  process_start TEXT,
  heartbeat_at TEXT NOT NULL,
  PRIMARY KEY (sweep_id, task_key));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
ALTER TABLE runs ADD COLUMN model_sha256 TEXT;
INSERT INTO meta (key, value) VALUES ('schema_version', '3');
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Book-s-0000a1', 'source', 'Book', 'Book.tsv', 'hash-Book', NULL, 'baseline', 1, 'done', '{"training": {"epochs": 2, "k": 10, "seed": 1}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:00Z', '2025-06-01T10:05:00Z', 5, 40, 120, 0.5, 0.3125, 0.28125, NULL, NULL, NULL, 2, 2, 1000.0, 3.5, NULL, NULL, 0, 0, NULL);
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Office-b-0000b1', 'baseline', 'Office', 'Office.tsv', 'hash-Office', NULL, 'baseline', 1, 'done', '{"training": {"epochs": 2, "k": 10, "seed": 1}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:01Z', '2025-06-01T10:05:01Z', 5, 40, 120, 0.4, 0.25, 0.2, NULL, NULL, NULL, 2, 2, 1000.0, 3.5, NULL, NULL, 0, 0, NULL);
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Office-b-0000b2', 'baseline', 'Office', 'Office.tsv', 'hash-Office', NULL, 'baseline', 2, 'done', '{"training": {"epochs": 2, "k": 10, "seed": 2}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:02Z', '2025-06-01T10:05:02Z', 5, 40, 120, 0.4, 0.21875, 0.1875, NULL, NULL, NULL, 2, 2, 1000.0, 3.5, NULL, NULL, 0, 0, NULL);
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Office-t-0000c1', 'transfer', 'Office', 'Office.tsv', 'hash-Office', 'Book', 'config-6', 1, 'done', '{"training": {"epochs": 2, "k": 10, "seed": 1}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:03Z', '2025-06-01T10:05:03Z', 5, 40, 120, 0.6, 0.375, 0.3125, NULL, NULL, NULL, 2, 2, 1000.0, 3.5, NULL, NULL, 0, 0, NULL);
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Office-t-0000c2', 'transfer', 'Office', 'Office.tsv', 'hash-Office', 'Book', 'config-6', 2, 'done', '{"training": {"epochs": 2, "k": 10, "seed": 2}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:04Z', '2025-06-01T10:05:04Z', 5, 40, 120, 0.8, 0.5, 0.4375, NULL, NULL, NULL, 2, 2, 1000.0, 3.5, NULL, NULL, 0, 0, NULL);
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Office-b-0000d1', 'baseline', 'Office', 'Office.tsv', 'hash-Office', NULL, 'baseline', 7, 'done', '{"training": {"epochs": 2, "k": 10, "seed": 7}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:05Z', '2025-06-01T10:05:05Z', 5, 40, 120, 0.375, 0.25, 0.1875, 0.125, 0.0625, 0.03125, 2, 2, 1000.0, 3.5, NULL, NULL, 0, 0, NULL);
INSERT INTO runs (id, kind, domain, data_file, data_hash, source_run, plan, seed, status, settings_json, provenance_json, created_at, finished_at, users, items, interactions, hr, ndcg, mrr, full_hr, full_ndcg, full_mrr, epochs, best_epoch, samples_per_second, seconds, model_file, error, flat_users, collapsed, model_sha256)
  VALUES ('Office-b-0000e1', 'baseline', 'Office', 'Office.tsv', 'hash-Office', NULL, 'baseline', 8, 'failed', '{"training": {"epochs": 2, "k": 10, "seed": 8}}', '{"host": "old-host", "pid": 1}', '2025-06-01T10:00:06Z', '2025-06-01T10:05:06Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'training diverged: loss is NaN', NULL, NULL, NULL);
INSERT INTO user_hits VALUES ('Book-s-0000a1', 0, 'u1', 1, 1);
INSERT INTO user_hits VALUES ('Book-s-0000a1', 1, 'u2', 2, 1);
INSERT INTO user_hits VALUES ('Book-s-0000a1', 2, 'u3', 30, 0);
INSERT INTO user_hits VALUES ('Book-s-0000a1', 3, 'u4', 45, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b1', 0, 'u1', 3, 1);
INSERT INTO user_hits VALUES ('Office-b-0000b1', 1, 'u2', 20, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b1', 2, 'u3', 7, 1);
INSERT INTO user_hits VALUES ('Office-b-0000b1', 3, 'u4', 50, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b1', 4, 'u5', 11, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b2', 0, 'u1', 15, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b2', 1, 'u2', 2, 1);
INSERT INTO user_hits VALUES ('Office-b-0000b2', 2, 'u3', 30, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b2', 3, 'u4', 12, 0);
INSERT INTO user_hits VALUES ('Office-b-0000b2', 4, 'u5', 9, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c1', 0, 'u1', 1, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c1', 1, 'u2', 4, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c1', 2, 'u3', 6, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c1', 3, 'u4', 40, 0);
INSERT INTO user_hits VALUES ('Office-t-0000c1', 4, 'u5', 13, 0);
INSERT INTO user_hits VALUES ('Office-t-0000c2', 0, 'u1', 2, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c2', 1, 'u2', 1, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c2', 2, 'u3', 25, 0);
INSERT INTO user_hits VALUES ('Office-t-0000c2', 3, 'u4', 8, 1);
INSERT INTO user_hits VALUES ('Office-t-0000c2', 4, 'u5', 5, 1);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 0, 'u1', 3, 1);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 1, 'u2', 12, 0);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 2, 'u3', 60, 0);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 3, 'u4', 11, 0);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 4, 'u5', 70, 0);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 5, 'u6', 8, 1);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 6, 'u7', 2, 1);
INSERT INTO user_hits VALUES ('Office-b-0000d1', 7, 'u8', 15, 0);
INSERT INTO epochs VALUES ('Office-b-0000b1', 1, 0.6, NULL, NULL, 0.35, 1.5, 900.0);
INSERT INTO epochs VALUES ('Office-b-0000b1', 2, 0.5, 0.4, 0.25, 0.4, 1.5, 1000.0);
INSERT INTO sweeps VALUES ('sw-v3', '{"sources": ["Book=Book.tsv"], "targets": ["Office=Office.tsv"], "configs": ["config-6"], "seeds": [1, 2]}', '2025-06-01T09:59:00Z', 'done');
INSERT INTO sweep_runs VALUES ('sw-v3', 'source:Book:s1', 'Book-s-0000a1', 'source', NULL, 'Book', 'baseline', 1);
INSERT INTO sweep_runs VALUES ('sw-v3', 'baseline:Office:s1', 'Office-b-0000b1', 'baseline', NULL, 'Office', 'baseline', 1);
INSERT INTO sweep_runs VALUES ('sw-v3', 'baseline:Office:s2', 'Office-b-0000b2', 'baseline', NULL, 'Office', 'baseline', 2);
INSERT INTO sweep_runs VALUES ('sw-v3', 'transfer:Book>Office:config-6:s1', 'Office-t-0000c1', 'transfer', 'Book', 'Office', 'config-6', 1);
INSERT INTO sweep_runs VALUES ('sw-v3', 'transfer:Book>Office:config-6:s2', 'Office-t-0000c2', 'transfer', 'Book', 'Office', 'config-6', 2);
