CREATE TABLE refunds (id bigint PRIMARY KEY, order_id integer NOT NULL REFERENCES orders (id));
