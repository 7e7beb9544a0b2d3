UPDATE users SET nickname = 'anonymous' WHERE status = 'guest';
ALTER TABLE users ALTER COLUMN nickname SET NOT NULL;
