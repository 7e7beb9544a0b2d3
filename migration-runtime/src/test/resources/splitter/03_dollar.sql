CREATE FUNCTION add_one(i integer) RETURNS integer AS $$
BEGIN
  RETURN i + 1; -- semicolons in a dollar quote
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION nested() RETURNS text AS $outer$
  SELECT $inner$;$$ not the end$inner$ || $x$;$x$;
$outer$ LANGUAGE sql;
PREPARE q(integer) AS SELECT $1 + 1;
EXECUTE q(41);
DO $do_block$ BEGIN PERFORM 1; END $do_block$;
SELECT $a$b$c$a$ AS tag_with_dollar_inside, a$b AS ident FROM (SELECT 1 AS a$b) s;
