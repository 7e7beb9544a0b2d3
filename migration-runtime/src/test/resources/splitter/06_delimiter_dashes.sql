-- atlas:delimiter \n---\n

CREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS 'BEGIN RETURN 1; END';
---
SELECT one(); SELECT 2
---
-- attached to the last one
SELECT 3;
