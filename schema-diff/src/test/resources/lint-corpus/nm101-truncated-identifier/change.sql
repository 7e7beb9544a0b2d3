-- atlas:txmode none

CREATE INDEX CONCURRENTLY orders_customer_and_status_and_amount_for_reporting_dashboard_idx ON orders (customer_id, status, amount);
