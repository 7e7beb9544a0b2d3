DROP VIEW paid_orders;
CREATE VIEW paid_orders AS SELECT id, amount FROM orders WHERE status = 'paid';
