SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN bio text;
