DROP VIEW paid_orders;
