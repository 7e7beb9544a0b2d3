/* A block comment; with a semicolon
   /* and a nested one; 'with a quote */
   still inside the outer comment; */
SELECT 1 /* inline; */ + 2 AS three;
/* attached block comment */
-- attached line comment with a ; and a ' quote
SELECT '-- not a comment' AS s, '/* nor this */' AS t;
SELECT 4 --; comment holding a semicolon
  AS four;
SELECT 10 */*comment*/ 2 AS product, 7 --*/
  - 1 AS six;
-- a comment at the end of the file, followed by nothing
