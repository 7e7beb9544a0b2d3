ALTER TABLE users ADD CONSTRAINT users_nickname_not_null CHECK (nickname IS NOT NULL) NOT VALID;
