-- atlas:txmode none

CREATE TABLE audit_log (id bigint PRIMARY KEY, order_id bigint, created_at timestamptz);
CREATE INDEX CONCURRENTLY idx_orders_status_and_amount_for_the_reporting_dashboard_v2 ON orders (status, amount);
