ALTER TABLE users ADD COLUMN region text;
UPDATE users SET region = 'eu';
ALTER TABLE users ALTER COLUMN region SET NOT NULL;
