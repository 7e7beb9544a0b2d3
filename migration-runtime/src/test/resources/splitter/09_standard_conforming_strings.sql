SET standard_conforming_strings = off;
SELECT 'it\'s; one statement' AS a;
SET SESSION standard_conforming_strings TO 'on';
SELECT 'back\' AS b;
SELECT 'c' AS c;
