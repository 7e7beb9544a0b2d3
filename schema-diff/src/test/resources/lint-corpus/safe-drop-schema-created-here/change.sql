CREATE SCHEMA import_staging;
CREATE TABLE import_staging.rows (id bigint, payload text);
DROP SCHEMA import_staging CASCADE;
