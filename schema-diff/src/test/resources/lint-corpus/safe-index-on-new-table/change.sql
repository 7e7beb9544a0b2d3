CREATE TABLE shipments (id bigint PRIMARY KEY, order_id integer NOT NULL, shipped_at timestamptz);
CREATE INDEX shipments_order_idx ON shipments (order_id);
