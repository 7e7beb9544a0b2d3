CREATE TABLE audit_events (id bigint PRIMARY KEY, amount bigint, payload text);
ALTER TABLE audit_events ADD COLUMN amount_cents bigint GENERATED ALWAYS AS (amount * 100) STORED;
ALTER TABLE audit_events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
ALTER TABLE audit_events SET UNLOGGED;
