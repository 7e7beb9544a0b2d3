ALTER TABLE users ADD COLUMN display text;
ALTER TABLE users RENAME COLUMN display TO display_name;
