-- A file header comment, detached by the blank line below.

CREATE TABLE account (id bigint PRIMARY KEY, name text NOT NULL);
-- Attached to the insert.
-- Second attached line.
INSERT INTO account VALUES (1, 'one');;

;
SELECT count(*)
  FROM account
 WHERE id = 1;   -- trailing comment, attached to the next statement
UPDATE account SET name = 'uno' WHERE id = 1;

-- Detached: a blank line follows.

DELETE FROM account WHERE id = 2 -- comment inside the statement
;
SELECT 1 AS last_without_semicolon
