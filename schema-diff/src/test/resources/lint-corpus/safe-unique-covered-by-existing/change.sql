-- atlas:txmode none

CREATE UNIQUE INDEX CONCURRENTLY users_email_tenant_key ON users (email, tenant_id);
