-- atlas:delimiter //
CREATE FUNCTION two() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$//
CREATE TABLE t (a int);
INSERT INTO t VALUES (4 / 2)//
SELECT '//' AS not_a_delimiter, two() // SELECT 5
