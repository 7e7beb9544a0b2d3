UPDATE users SET nickname = 'anonymous' WHERE nickname IS NULL;
ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;
