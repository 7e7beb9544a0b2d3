CREATE TABLE audit_log (id bigint PRIMARY KEY, "order" integer, created_at timestamptz);
