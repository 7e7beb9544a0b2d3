DELETE FROM orders WHERE customer_id IS NULL;
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
