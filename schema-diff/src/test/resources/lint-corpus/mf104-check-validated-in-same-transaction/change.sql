ALTER TABLE users VALIDATE CONSTRAINT users_nickname_not_null;
ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_nickname_not_null;
