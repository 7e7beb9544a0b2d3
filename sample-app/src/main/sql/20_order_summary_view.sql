-- One row per order for the customer's order history (GET /api/customers/{id}/orders).
CREATE VIEW order_summary AS
SELECT o.id AS order_id,
       o.customer_id,
       o.status,
       o.placed_at,
       count(l.id) AS line_count,
       coalesce(sum(l.quantity * l.unit_price), 0) AS items_total
FROM purchase_order o
LEFT JOIN order_line l ON l.order_id = o.id
GROUP BY o.id, o.customer_id, o.status, o.placed_at;
