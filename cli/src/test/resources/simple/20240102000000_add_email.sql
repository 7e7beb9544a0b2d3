-- add a column
ALTER TABLE users ADD COLUMN email text;
