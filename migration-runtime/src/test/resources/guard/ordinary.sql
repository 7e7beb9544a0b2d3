SELECT 1
====
select * from t where id = ?
====
select 'drop table x'
====
/* create */ select 1
====
/* outer /* nested drop table t */ still a comment */ SELECT 2
====
-- drop table t
SELECT 3
====
SELECT 'create table t (id int)' AS ddl_text
====
SELECT E'it\'s; drop table t' AS escaped
====
SELECT $$ drop table x $$
====
SELECT $fn$ CREATE TABLE y (id int); $fn$ AS body
====
SELECT "drop", "create" FROM "truncate"
====
SELECT t.create, t.drop FROM t
====
SELECT 1 AS create
====
INSERT INTO t ("create", "alter") VALUES (1, 2)
====
UPDATE t SET name = 'ALTER TABLE t ADD COLUMN x int' WHERE id = 1
====
DELETE FROM t WHERE note LIKE '%drop%'
====
INSERT INTO t_copy SELECT * FROM t
====
insert into archive (id, name) select id, name from t where id < 10 returning id
====
INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET name = excluded.name
====
INSERT INTO t (id) VALUES (2) ON CONFLICT DO NOTHING
====
WITH moved AS (DELETE FROM t WHERE id < 5 RETURNING *) INSERT INTO archive SELECT * FROM moved
====
WITH x AS (SELECT 1 AS a) SELECT * FROM x
====
WITH RECURSIVE r(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r
====
WITH ins AS (INSERT INTO t (id) VALUES (3) RETURNING id) SELECT id FROM ins
====
MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (s.id, s.name)
====
SELECT * FROM t FOR UPDATE SKIP LOCKED
====
SELECT count(*) FROM t GROUP BY name HAVING count(*) > 1 ORDER BY 1 LIMIT 10 OFFSET 5
====
SELECT * FROM t WHERE id IN (SELECT id FROM archive)
====
SELECT (SELECT max(id) FROM t) AS m
====
(SELECT 1) UNION (SELECT 2)
====
VALUES (1, 'a'), (2, 'b')
====
TABLE t
====
EXPLAIN SELECT * FROM t
====
EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM t
====
explain analyze verbose select * from t
====
EXPLAIN CREATE TABLE planned_only AS SELECT 1
====
EXPLAIN (ANALYZE false) SELECT * INTO never_created FROM t
====
SET search_path TO app, public
====
SET LOCAL statement_timeout = '5s'
====
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE
====
SET ROLE reader
====
RESET ALL
====
SHOW server_version
====
LISTEN changes
====
NOTIFY changes, 'drop table t'
====
UNLISTEN *
====
LOCK TABLE t IN ACCESS EXCLUSIVE MODE
====
COPY t FROM STDIN WITH (FORMAT csv)
====
COPY (SELECT * FROM t) TO STDOUT
====
CALL do_work(1, 'create')
====
{call do_work(?)}
====
{? = call next_id()}
====
PREPARE q (int) AS SELECT * FROM t WHERE id = $1
====
EXECUTE q (1)
====
DEALLOCATE q
====
DEALLOCATE ALL
====
BEGIN
====
START TRANSACTION READ ONLY
====
COMMIT
====
ROLLBACK
====
SAVEPOINT sp1
====
ROLLBACK TO SAVEPOINT sp1
====
RELEASE SAVEPOINT sp1
====
PREPARE TRANSACTION 'tx1'
====
COMMIT PREPARED 'tx1'
====
DECLARE c CURSOR FOR SELECT * FROM t
====
FETCH 10 FROM c
====
MOVE NEXT IN c
====
CLOSE c
====
DISCARD ALL
====
SELECT pg_advisory_lock(42)
====
SELECT nextval('s')
====
SELECT set_config('app.user', 'drop', false)
====
VACUUM ANALYZE t
====
ANALYZE t
====
REINDEX INDEX idx_t_id
====
CLUSTER t USING idx_t_id
====
REFRESH MATERIALIZED VIEW CONCURRENTLY mv
====
CHECKPOINT
====
CREATE TEMP TABLE scratch (id int)
====
CREATE TEMPORARY TABLE IF NOT EXISTS scratch2 (id int) ON COMMIT DROP
====
create local temporary table scratch3 as select * from t
====
CREATE TEMP SEQUENCE temp_seq
====
CREATE TEMP VIEW temp_view AS SELECT 1
====
CREATE TABLE pg_temp.scratch4 (id int)
====
SELECT * INTO TEMP scratch5 FROM t
====
SELECT * INTO TEMPORARY TABLE scratch6 FROM t
====
DROP TABLE pg_temp.scratch4
====
SELECT 1; SELECT 2; UPDATE t SET name = 'x'
====
SELECT 1 ;
====
SELECT 1
====
﻿SELECT 1　
====
SELECT 'x' || 'y'
====
select/**/1
====
SELECT count(*)FROM"t"WHERE"id"=1
====
SELECT ARRAY[1, 2] @> ARRAY[1]
====
SELECT '{"drop": "table"}'::jsonb -> 'drop'
====
SELECT U&'\0064rop table'
====
SELECT U&"d\0072op" FROM t
====
SELECT 1 WHERE 'a' = 'a' -- create table in trailing comment
====
select * from t where name = 'O''Reilly; drop table t'
====
SELECT * FROM t t1 JOIN LATERAL (SELECT * FROM t t2 WHERE t2.id = t1.id) s ON true
====
SELECT xmlelement(name "create", 'x')
====
SELECT * FROM t WHERE created_at > now() - interval '1 day' ORDER BY "drop" DESC
====
SELECT t.into, 1 AS into FROM t
====
SELECT E'\\' AS backslash, '; CREATE TABLE x (id int); --' AS text
