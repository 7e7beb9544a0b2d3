CREATE TABLE "semi;colon" ("a""b;c" text, v text);
INSERT INTO "semi;colon" VALUES ('x;y', 'it''s; fine');
INSERT INTO "semi;colon" VALUES (E'back\\slash\'; still inside', e'tab\there');
INSERT INTO "semi;colon" VALUES (U&'d\0061t\+000061;', N'national;');
SELECT B'1010' AS bits, X'1F' AS hex, 'multi
line; string' AS m;
SELECT U&"a;b" FROM (SELECT 1 AS "a;b") AS q;
SELECT 'c;'
  'd' AS continued_on_next_line;
