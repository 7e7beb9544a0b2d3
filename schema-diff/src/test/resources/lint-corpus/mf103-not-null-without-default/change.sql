ALTER TABLE users ADD COLUMN tenant_key bigint NOT NULL;
