CREATE TABLE item (id int PRIMARY KEY, qty int NOT NULL);

CREATE FUNCTION item_count() RETURNS bigint
  LANGUAGE sql
  BEGIN ATOMIC
    SELECT count(*) FROM item;
  END;

CREATE OR REPLACE FUNCTION item_label(q int) RETURNS text
LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
  SELECT CASE WHEN q > 10 THEN 'many;' ELSE 'few' END;
END;
CREATE PROCEDURE restock(n int)
LANGUAGE SQL
BEGIN ATOMIC
  INSERT INTO item VALUES (n, 0);
  UPDATE item SET qty = qty + CASE WHEN n > 1 THEN n ELSE 1 END WHERE id = n;
end;
BEGIN;
CALL restock(2);
COMMIT;
SELECT item_count(), item_label(3);
