-- The schema every corpus case starts from (deployed, populated in production).
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email varchar(255) NOT NULL,
  nickname text,
  status text,
  tenant_id bigint
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id bigint,
  status text NOT NULL DEFAULT 'new',
  amount numeric(10,2),
  code text,
  placed_at timestamp
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
ALTER TABLE orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0);
CREATE TYPE order_status AS ENUM ('new', 'paid');
