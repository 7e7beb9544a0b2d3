-- atlas:txmode none

CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);
DROP INDEX CONCURRENTLY orders_customer_idx;
