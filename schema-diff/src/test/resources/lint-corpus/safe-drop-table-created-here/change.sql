CREATE TABLE import_scratch (id int);
INSERT INTO import_scratch VALUES (1);
DROP TABLE import_scratch;
