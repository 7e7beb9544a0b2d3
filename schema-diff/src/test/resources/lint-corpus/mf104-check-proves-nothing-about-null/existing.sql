ALTER TABLE users ADD CONSTRAINT users_nickname_not_empty CHECK (char_length(nickname) > 0);
