-- atlas:txmode none

DROP INDEX CONCURRENTLY orders_customer_idx;
