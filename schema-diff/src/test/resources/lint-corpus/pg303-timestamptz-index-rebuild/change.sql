SET TimeZone = 'UTC';
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;
