CREATE TABLE src (id int);
CREATE TABLE log (id int, op text);
CREATE RULE src_log AS ON INSERT TO src DO ALSO (
  INSERT INTO log VALUES (NEW.id, 'insert');
  INSERT INTO log VALUES (NEW.id, 'again')
);
INSERT INTO src VALUES (1);
SELECT count(*) FROM log;
