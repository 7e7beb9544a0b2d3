CREATE TABLE t (id bigint primary key)
====
create table if not exists public.t (id int)
====
CrEaTe TaBlE "Order" ("id" int)
====
CREATE UNLOGGED TABLE fast (id int)
====
CREATE TABLE t2 AS SELECT * FROM t
====
create table t3 as select 1 as a with no data
====
CREATE TABLE t4 (LIKE t INCLUDING ALL)
====
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)
====
CREATE TABLE t5 AS EXECUTE prepared_query
====
CREATE GLOBAL TEMPORARY TABLE public.not_really_temp (id int)
====
CREATE INDEX idx_t_id ON t (id)
====
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux ON public.t USING btree (lower(name)) WHERE deleted_at IS NULL
====
create index on t(id)
====
CREATE VIEW v AS SELECT * FROM t
====
CREATE OR REPLACE VIEW v AS SELECT id FROM t
====
CREATE RECURSIVE VIEW r (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 10
====
CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM t
====
CREATE SEQUENCE s START 100
====
CREATE SCHEMA app
====
CREATE SCHEMA IF NOT EXISTS reporting AUTHORIZATION app CREATE TABLE r (id int)
====
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$
====
CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$body$ LANGUAGE plpgsql
====
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT a + b;
END
====
CREATE PROCEDURE p() LANGUAGE sql AS 'INSERT INTO t VALUES (1)'
====
CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch()
====
CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION touch()
====
CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION f()
====
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')
====
CREATE DOMAIN positive AS int CHECK (VALUE > 0)
====
CREATE EXTENSION IF NOT EXISTS pgcrypto
====
CREATE ROLE reader NOLOGIN
====
CREATE USER app_user WITH PASSWORD 'secret'
====
CREATE DATABASE other
====
CREATE POLICY p ON t USING (owner = current_user)
====
CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING
====
CREATE RULE r2 AS ON DELETE TO t DO ALSO (INSERT INTO log VALUES (1); INSERT INTO log VALUES (2))
====
CREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int)
====
CREATE CAST (text AS mood) WITH INOUT
====
CREATE COLLATION german (locale = 'de_DE')
====
CREATE TEXT SEARCH CONFIGURATION my_cfg (COPY = english)
====
CREATE FOREIGN DATA WRAPPER fdw
====
CREATE SERVER srv FOREIGN DATA WRAPPER postgres_fdw
====
CREATE FOREIGN TABLE ft (id int) SERVER srv
====
CREATE USER MAPPING FOR app SERVER srv
====
CREATE PUBLICATION pub FOR ALL TABLES
====
CREATE STATISTICS st (dependencies) ON a, b FROM t
====
CREATE TABLESPACE ts LOCATION '/tmp'
====
CREATE OPERATOR === (leftarg = int, rightarg = int, function = int4eq)
====
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler
====
CREATE TRANSFORM FOR hstore LANGUAGE plpython3u (FROM SQL WITH FUNCTION f(internal), TO SQL WITH FUNCTION g(internal))
====
ALTER TABLE t ADD COLUMN name text
====
alter table if exists only public.t drop column name cascade
====
ALTER TABLE t RENAME TO t_old
====
ALTER TABLE t ENABLE ROW LEVEL SECURITY
====
ALTER TABLE t ALTER COLUMN id SET DATA TYPE bigint
====
ALTER INDEX idx_t_id RENAME TO idx_t
====
ALTER SEQUENCE s RESTART WITH 1
====
ALTER VIEW v OWNER TO app
====
ALTER FUNCTION f() SECURITY DEFINER
====
ALTER TYPE mood ADD VALUE 'angry'
====
ALTER SCHEMA app RENAME TO application
====
ALTER ROLE app SET search_path = app
====
ALTER DATABASE db SET timezone = 'UTC'
====
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reader
====
ALTER SYSTEM SET work_mem = '64MB'
====
ALTER MATERIALIZED VIEW mv RENAME TO mv2
====
ALTER POLICY p ON t USING (true)
====
DROP TABLE t
====
drop table if exists a, b, c cascade
====
DROP TABLE public.t
====
DROP INDEX CONCURRENTLY IF EXISTS idx_t_id
====
DROP VIEW v
====
DROP MATERIALIZED VIEW mv
====
DROP SEQUENCE s
====
DROP SCHEMA app CASCADE
====
DROP FUNCTION f()
====
DROP TRIGGER trg ON t
====
DROP TYPE mood
====
DROP EXTENSION pgcrypto
====
DROP ROLE reader
====
DROP OWNED BY app
====
DROP POLICY p ON t
====
DROP RULE r ON t
====
DROP DATABASE other
====
TRUNCATE t
====
truncate table only t restart identity cascade
====
TRUNCATE a, public.b
====
COMMENT ON TABLE t IS 'the table'
====
comment on column t.id is 'identifier'
====
GRANT SELECT ON t TO reader
====
GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO app
====
GRANT reader TO app
====
REVOKE INSERT ON t FROM PUBLIC
====
REVOKE CREATE ON SCHEMA public FROM app
====
SECURITY LABEL FOR selinux ON TABLE t IS 'system_u:object_r:sepgsql_table_t:s0'
====
REASSIGN OWNED BY old_role TO new_role
====
IMPORT FOREIGN SCHEMA remote FROM SERVER srv INTO local_schema
====
SELECT * INTO t_copy FROM t
====
select id, name into unlogged table t_backup from t where id > 10
====
WITH recent AS (SELECT * FROM t WHERE id > 100) SELECT * INTO t_recent FROM recent
====
SELECT 1 AS one INTO public.one_row
====
EXPLAIN ANALYZE CREATE TABLE t9 AS SELECT 1
====
EXPLAIN (ANALYZE, BUFFERS) SELECT * INTO t10 FROM t
====
PREPARE make_copy AS SELECT * INTO t11 FROM t
====
/* create */ CREATE TABLE after_comment (id int)
====
-- a comment line first
DROP TABLE t
====
SELECT 1; CREATE TABLE second_statement (id int)
====
INSERT INTO t VALUES (1); drop table t; SELECT 'done'
====
select 'drop table x'; truncate t
====
CREATE TABLE unicode_nbsp (id int)
====
CREATE TABLE unicode_em_space (id int)
====
CREATE	TABLE
tabs_and_newlines
(id int)
====
DROP　TABLE ideographic_space
====
  ;;  DROP TABLE after_empty_statements
====
(SELECT 1 INTO paren_into)
====
CREATE TABLE "select" ("drop" int)
====
ALTER TABLE t ADD CONSTRAINT ck CHECK (name <> 'create table')
====
SELECT 'it''s'; DROP TABLE t
====
SELECT $tag$ drop table x $tag$; ALTER TABLE t ADD COLUMN c int
====
CREATE​TABLE zero_width_space (id int)
====
select into new_table_without_columns from t
